/**
 * The OCR engines behind {@code io.purser.media.TextRecognizer}: the system Tesseract (a command on
 * the PATH) or the embedded one (Tesseract from the jar, run by {@link
 * io.purser.media.ocr.EmbeddedOcr} in a child JVM), both read one image per process. Internal to
 * the media module.
 */
package io.purser.media.ocr;
