package io.purser.media;

import io.purser.workspace.Network;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hosts that may receive a network's access token with an attachment download, under {@code
 * purser.media.token-hosts.*}: X's token goes only to X's media hosts, a Meta token only to Meta's.
 * Each entry is a host, matching itself and its subdomains, reached over https. An entry written
 * {@code http://host} also lets the token travel over plain http to that host: for a local stand-in
 * of the network in tests, never for a real one.
 *
 * @param x hosts for X user tokens (default {@code ton.twitter.com}, {@code ton.x.com}, {@code
 *     twimg.com})
 * @param meta hosts for Facebook, Instagram and WhatsApp tokens (default {@code
 *     graph.facebook.com}, {@code lookaside.fbsbx.com}, {@code fbcdn.net}, {@code
 *     cdninstagram.com})
 */
@ConfigurationProperties(prefix = "purser.media.token-hosts")
public record MediaTokenHosts(List<String> x, List<String> meta) {

  static final List<String> X_HOSTS = List.of("ton.twitter.com", "ton.x.com", "twimg.com");
  static final List<String> META_HOSTS =
      List.of("graph.facebook.com", "lookaside.fbsbx.com", "fbcdn.net", "cdninstagram.com");

  private static final String PLAIN_HTTP = "http://";

  public MediaTokenHosts {
    x = x == null ? X_HOSTS : List.copyOf(x);
    meta = meta == null ? META_HOSTS : List.copyOf(meta);
  }

  /** True when {@code network}'s token may be sent to {@code address}. */
  boolean mayReceive(Network network, URI address) {
    var host = address.getHost();
    var scheme = address.getScheme();
    if (host == null || scheme == null) {
      return false;
    }
    var https = scheme.equalsIgnoreCase("https");
    if (!https && !scheme.equalsIgnoreCase("http")) {
      return false;
    }
    return HostNames.matchesAny(
        host,
        hostsOf(network).stream()
            .map(entry -> entry.toLowerCase(Locale.ROOT))
            .filter(entry -> https || entry.startsWith(PLAIN_HTTP))
            .map(
                entry ->
                    entry.startsWith(PLAIN_HTTP) ? entry.substring(PLAIN_HTTP.length()) : entry));
  }

  private List<String> hostsOf(Network network) {
    return network == Network.X ? x : meta;
  }
}
