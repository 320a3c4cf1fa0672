package io.purser.media;

import io.purser.workspace.Network;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Downloads an attachment from the network that sent it: X's direct-message media with the
 * account's token, Meta's CDN links as they are, a WhatsApp media id by asking the Graph API for
 * its short-lived address first. Only the configured hosts are ever fetched, redirects included,
 * and no more than the size limit is read. A token travels only over https to its own network's
 * hosts ({@link MediaTokenHosts}) and never follows a redirect to another host: an address in a
 * payload must not be a way to collect the brand's token.
 */
@Component
class MediaFetcher {

  /** What a download gave. */
  sealed interface Fetched {
    record Bytes(byte[] bytes) implements Fetched {}

    /** Not worth trying again: too large, not allowed, gone. */
    record Refused(String why) implements Fetched {}

    /** Worth trying again later: a timeout, a 5xx, a reset connection. */
    record Failed(String why) implements Fetched {}
  }

  private static final String WHATSAPP_MEDIA = "whatsapp-media:";
  private static final int MAX_REDIRECTS = 3;

  private final MediaSettings settings;
  private final MediaTokenHosts tokenHosts;
  private final HttpClient http;
  private final ObjectMapper json;
  private final WhatsAppMediaLookup whatsAppMedia;

  MediaFetcher(
      MediaSettings settings,
      MediaTokenHosts tokenHosts,
      ObjectMapper json,
      WhatsAppMediaLookup whatsAppMedia) {
    this.settings = settings;
    this.tokenHosts = tokenHosts;
    this.json = json;
    this.whatsAppMedia = whatsAppMedia;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.fetchTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  Fetched fetch(Network network, String url, String accessToken) {
    if (url == null || url.isBlank()) {
      return new Fetched.Refused("the network gave no address for it");
    }
    if (url.startsWith(WHATSAPP_MEDIA)) {
      return whatsApp(url.substring(WHATSAPP_MEDIA.length()), accessToken);
    }
    // Meta's CDN links are signed addresses that need no token.
    boolean withToken = network == Network.X;
    return get(url, network, withToken ? accessToken : null, 0);
  }

  /** WhatsApp media: {@code GET /{version}/{media-id}} gives a URL that needs the token too. */
  private Fetched whatsApp(String mediaId, String accessToken) {
    if (!mediaId.matches("[0-9A-Za-z_.-]{1,200}")) {
      return new Fetched.Refused("not a WhatsApp media id: " + mediaId);
    }
    var answer = get(whatsAppMedia.address(mediaId), Network.WHATSAPP, accessToken, 0);
    if (!(answer instanceof Fetched.Bytes bytes)) {
      return answer;
    }
    var address = json.readTree(bytes.bytes()).path("url");
    if (!address.isString()) {
      return new Fetched.Refused("the Graph API gave no address for media " + mediaId);
    }
    return get(address.asString(), Network.WHATSAPP, accessToken, 0);
  }

  private Fetched get(String url, Network network, String accessToken, int redirects) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Fetched.Refused("not an address: " + url);
    }
    var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return new Fetched.Refused("not a web address: " + scheme);
    }
    if (!settings.allows(uri.getHost())) {
      return new Fetched.Refused("host not allowed for attachments: " + uri.getHost());
    }
    var request = HttpRequest.newBuilder(uri).timeout(settings.fetchTimeout()).GET();
    if (accessToken != null && !accessToken.isBlank() && tokenHosts.mayReceive(network, uri)) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    try {
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (var body = response.body()) {
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
          var location = response.headers().firstValue("Location");
          if (location.isEmpty() || redirects >= MAX_REDIRECTS) {
            return new Fetched.Refused("redirected " + (redirects + 1) + " times");
          }
          var next = uri.resolve(location.get());
          var token = sameServer(uri, next) ? accessToken : null;
          return get(next.toString(), network, token, redirects + 1);
        }
        if (status == 429 || status >= 500) {
          return new Fetched.Failed("the network answered " + status);
        }
        if (status != 200) {
          return new Fetched.Refused("the network answered " + status);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBytes()) {
          return new Fetched.Refused(tooLarge(declared));
        }
        return read(body);
      }
    } catch (IOException e) {
      return new Fetched.Failed("download failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Fetched.Failed("interrupted");
    }
  }

  /** Whether a redirect stays on the server the token was meant for. */
  private static boolean sameServer(URI from, URI to) {
    return from.getHost() != null
        && from.getHost().equalsIgnoreCase(to.getHost())
        && from.getPort() == to.getPort();
  }

  private Fetched read(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
    if (bytes.length > settings.maxBytes()) {
      return new Fetched.Refused(tooLarge(-1));
    }
    return new Fetched.Bytes(bytes);
  }

  private String tooLarge(long size) {
    return "larger than the "
        + settings.maxBytes() / 1024
        + " KiB kept"
        + (size > 0 ? " (" + size / 1024 + " KiB)" : "");
  }
}
