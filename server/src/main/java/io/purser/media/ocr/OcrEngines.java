package io.purser.media.ocr;

import io.purser.media.MediaSettings.OcrEngine;
import java.nio.file.Path;

/**
 * Chooses the OCR engine once, at start, from {@code purser.media.ocr-engine}: {@code auto} takes
 * the system Tesseract when its command runs, else the embedded one; {@code system} and {@code
 * embedded} take only that one (off, with the reason, when it cannot run); {@code off} reads
 * nothing.
 */
public final class OcrEngines {

  private OcrEngines() {}

  /**
   * The engine to use and why.
   *
   * @param command the system Tesseract's command ({@code purser.media.ocr-command})
   * @param dataDir where the embedded engine keeps its model ({@code purser.data-dir})
   */
  public static OcrChoice choose(OcrEngine engine, String command, Path dataDir) {
    return switch (engine) {
      case OFF -> new OcrChoice.Off("purser.media.ocr-engine is off");
      case SYSTEM -> because(SystemEngine.probe(command), "purser.media.ocr-engine=system");
      case EMBEDDED -> because(EmbeddedEngine.probe(dataDir), "purser.media.ocr-engine=embedded");
      case AUTO -> {
        var system = SystemEngine.probe(command);
        if (system instanceof OcrChoice.Use) {
          yield because(system, "found " + command);
        }
        yield because(EmbeddedEngine.probe(dataDir), system.why());
      }
    };
  }

  private static OcrChoice because(OcrChoice choice, String why) {
    if (choice instanceof OcrChoice.Use use) {
      return new OcrChoice.Use(use.process(), why);
    }
    return new OcrChoice.Off(choice.why() + " (" + why + ")");
  }
}
