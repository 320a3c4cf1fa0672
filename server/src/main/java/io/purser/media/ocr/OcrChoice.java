package io.purser.media.ocr;

/** The OCR engine chosen at start, and why: the reason the log gives. */
public sealed interface OcrChoice {

  /** The reason, for the log. */
  String why();

  /** Images are read by {@code process}. */
  record Use(OcrProcess process, String why) implements OcrChoice {}

  /** No engine runs here: screenshots are kept and shown but not read. */
  record Off(String why) implements OcrChoice {}
}
