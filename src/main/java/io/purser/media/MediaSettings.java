package io.purser.media;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How customers' attachments are fetched and read, under {@code purser.media.*}.
 *
 * @param maxBytes the largest attachment kept (default 5 MiB); a larger one is skipped, not cut
 * @param fetchTimeout how long one download may take (default 15 s)
 * @param allowedHosts the hosts attachments are fetched from, each matching itself and its
 *     subdomains (default: the X and Meta media hosts); anything else is skipped, so a payload can
 *     never make Purser fetch from inside the network
 * @param ocrCommand the Tesseract executable (default {@code tesseract}); OCR is off when it is
 *     missing, and says so
 * @param ocrTimeout how long reading one image may take (default 30 s)
 * @param maxAttempts downloads tried before an attachment is marked failed (default 5)
 */
@ConfigurationProperties(prefix = "purser.media")
public record MediaSettings(
    long maxBytes,
    Duration fetchTimeout,
    List<String> allowedHosts,
    String ocrCommand,
    Duration ocrTimeout,
    int maxAttempts) {

  static final List<String> NETWORK_HOSTS =
      List.of(
          "ton.twitter.com",
          "ton.x.com",
          "pbs.twimg.com",
          "video.twimg.com",
          "lookaside.fbsbx.com",
          "fbcdn.net",
          "cdninstagram.com",
          "graph.facebook.com");

  public MediaSettings {
    maxBytes = maxBytes <= 0 ? 5L * 1024 * 1024 : maxBytes;
    fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(15) : fetchTimeout;
    allowedHosts = allowedHosts == null ? NETWORK_HOSTS : List.copyOf(allowedHosts);
    ocrCommand = ocrCommand == null || ocrCommand.isBlank() ? "tesseract" : ocrCommand;
    ocrTimeout = ocrTimeout == null ? Duration.ofSeconds(30) : ocrTimeout;
    maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
  }

  boolean allows(String host) {
    return HostNames.matchesAny(host, allowedHosts.stream());
  }
}
