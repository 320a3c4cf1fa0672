package io.purser.media;

import io.purser.workspace.Network;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hosts that may receive a network's access token with an attachment download, under {@code
 * purser.media.token-hosts.*}: X's token goes only to X's media hosts, a Meta token only to Meta's.
 * Each entry is a host, matching itself and its subdomains, reached over https. An entry written
 * {@code http://host} also lets the token travel over plain http to that host: for a local stand-in
 * of the network in tests, never for a real one.
 *
 * @param x hosts for X user tokens
 * @param meta hosts for Facebook, Instagram and WhatsApp tokens
 */
@ConfigurationProperties(prefix = "purser.media.token-hosts")
public record MediaTokenHosts(
    @DefaultValue({"ton.twitter.com", "ton.x.com", "twimg.com"}) List<String> x,
    @DefaultValue({"graph.facebook.com", "lookaside.fbsbx.com", "fbcdn.net", "cdninstagram.com"})
        List<String> meta) {

  private static final String PLAIN_HTTP = "http://";

  public MediaTokenHosts {
    x = List.copyOf(x);
    meta = List.copyOf(meta);
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
