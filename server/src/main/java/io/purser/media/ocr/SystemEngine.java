package io.purser.media.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Tesseract installed on the machine (Debian's {@code tesseract-ocr}), found by running {@code
 * <command> --version}.
 */
final class SystemEngine {

  private SystemEngine() {}

  /** The process when the command runs, else why not. */
  static OcrChoice probe(String command) {
    try {
      var process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
      var version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new OcrChoice.Off(command + " --version did not answer within 10 s");
      }
      if (process.exitValue() != 0) {
        return new OcrChoice.Off(command + " --version failed");
      }
      var name = "system " + version.lines().findFirst().orElse("tesseract").strip();
      return new OcrChoice.Use(
          new OcrProcess(name, List.of(command, "stdin", "stdout", "--psm", "3")), command);
    } catch (IOException e) {
      return new OcrChoice.Off(
          command.contains("/")
              ? command + " does not exist"
              : command + " is not on the PATH (on Debian: apt-get install tesseract-ocr)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new OcrChoice.Off("interrupted while asking " + command + " --version");
    }
  }
}
