package io.purser.media;

import io.purser.media.domain.SeenFlight;
import java.util.List;

/**
 * An attachment as the console shows it.
 *
 * @param status pending (not fetched yet), stored, skipped or failed
 * @param problem why it is skipped or failed, or the last failed attempt's error while pending
 * @param contentType the sniffed image type when stored ({@code image/png}, …)
 * @param ocrStatus none (not an image), done, unavailable (no OCR engine) or failed; null before
 * @param text what OCR read, or null
 * @param flights the flights read from that text
 */
public record MediaView(
    long id,
    long messageId,
    int position,
    String kind,
    String caption,
    String status,
    String problem,
    String contentType,
    Integer sizeBytes,
    String ocrStatus,
    String text,
    List<SeenFlight> flights) {

  public MediaView {
    flights = flights == null ? List.of() : List.copyOf(flights);
  }

  public boolean isImage() {
    return "stored".equals(status) && contentType != null && contentType.startsWith("image/");
  }
}
