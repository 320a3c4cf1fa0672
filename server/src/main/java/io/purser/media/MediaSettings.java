package io.purser.media;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How customers' attachments are fetched and read, under {@code purser.media.*}.
 *
 * @param maxBytes the largest attachment kept, in bytes; a larger one is skipped, not cut
 * @param fetchTimeout how long one download may take
 * @param allowedHosts the hosts attachments are fetched from, each matching itself and its
 *     subdomains (the X and Meta media hosts); anything else is skipped, so a payload can never
 *     make Purser fetch from inside the network
 * @param ocrCommand the system Tesseract's executable (Debian's {@code tesseract-ocr})
 * @param ocrEngine which OCR engine reads screenshots: {@code auto} (the system Tesseract when
 *     {@code ocr-command} runs, else the embedded one), {@code system}, {@code embedded} (Tesseract
 *     from the jar, Linux x86-64), or {@code off}; the start log says which one and why
 * @param ocrTimeout how long reading one image may take
 * @param maxAttempts downloads tried before an attachment is marked failed
 * @param workers threads of their own for downloads and OCR, so a burst of images never holds back
 *     the application's scheduler (the SLA sweeper, the routing dispatcher)
 * @param interval how often idle media threads look for attachments to fetch
 */
@ConfigurationProperties(prefix = "purser.media")
public record MediaSettings(
    @DefaultValue("5242880") long maxBytes,
    @DefaultValue("15s") Duration fetchTimeout,
    @DefaultValue({
          "ton.twitter.com",
          "ton.x.com",
          "pbs.twimg.com",
          "video.twimg.com",
          "lookaside.fbsbx.com",
          "fbcdn.net",
          "cdninstagram.com",
          "graph.facebook.com"
        })
        List<String> allowedHosts,
    @DefaultValue("tesseract") String ocrCommand,
    @DefaultValue("auto") OcrEngine ocrEngine,
    @DefaultValue("30s") Duration ocrTimeout,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("2") int workers,
    @DefaultValue("1s") Duration interval) {

  public MediaSettings {
    allowedHosts = List.copyOf(allowedHosts);
    atLeastOne("max-bytes", maxBytes);
    atLeastOne("max-attempts", maxAttempts);
    atLeastOne("workers", workers);
  }

  /** The values of {@code purser.media.ocr-engine}. */
  public enum OcrEngine {
    AUTO,
    SYSTEM,
    EMBEDDED,
    OFF
  }

  private static void atLeastOne(String property, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("purser.media." + property + " must be at least 1");
    }
  }

  boolean allows(String host) {
    return HostNames.matchesAny(host, allowedHosts.stream());
  }
}
