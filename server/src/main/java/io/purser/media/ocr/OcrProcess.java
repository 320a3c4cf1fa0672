package io.purser.media.ocr;

import java.util.List;

/**
 * How one image is read: the command started per image (the image on its standard input, the text
 * on its standard output, exit code 0), and the engine's name for the log.
 *
 * @param name what runs, e.g. "system tesseract 5.3.0" or "embedded Tesseract 5.5.1"
 * @param command the program and its arguments
 */
public record OcrProcess(String name, List<String> command) {

  public OcrProcess {
    command = List.copyOf(command);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("an OCR process needs a command");
    }
  }
}
