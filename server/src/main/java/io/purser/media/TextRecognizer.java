package io.purser.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the text on an image with Tesseract, the local OCR engine (Debian's {@code tesseract-ocr}),
 * run as a process per image: the image goes in on standard input, the text comes back on standard
 * output, nothing touches the disk and nothing leaves the machine. A process, not a JNI binding, so
 * a crash or a hang in the engine cannot take Purser down: it is killed at the time limit. When the
 * engine is not installed, OCR is off and the log says how to turn it on.
 */
@Component
class TextRecognizer {

  /** What reading gave: {@code status} is done, unavailable or failed. */
  record Reading(String status, String text) {}

  private static final Logger log = LoggerFactory.getLogger(TextRecognizer.class);

  private final MediaSettings settings;
  private volatile Boolean available;

  TextRecognizer(MediaSettings settings) {
    this.settings = settings;
  }

  Reading read(byte[] image) {
    if (!available()) {
      return new Reading("unavailable", null);
    }
    try {
      var process =
          new ProcessBuilder(List.of(settings.ocrCommand(), "stdin", "stdout", "--psm", "3"))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      var output = new java.io.ByteArrayOutputStream();
      var reader = new Thread(() -> copy(process.getInputStream(), output), "ocr-output");
      reader.setDaemon(true);
      reader.start();
      try (var in = process.getOutputStream()) {
        in.write(image);
      } catch (IOException closedEarly) {
        // the engine stopped reading (a broken image): its exit code tells
      }
      if (!process.waitFor(settings.ocrTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Reading("failed", null);
      }
      reader.join(settings.ocrTimeout().toMillis());
      if (process.exitValue() != 0) {
        return new Reading("failed", null);
      }
      return new Reading("done", output.toString(StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      log.warn("OCR could not run {}: {}", settings.ocrCommand(), e.getMessage());
      return new Reading("failed", null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reading("failed", null);
    }
  }

  boolean available() {
    var known = available;
    if (known == null) {
      known = probe();
      available = known;
    }
    return known;
  }

  private boolean probe() {
    try {
      var process =
          new ProcessBuilder(settings.ocrCommand(), "--version").redirectErrorStream(true).start();
      var version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean ok = process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
      if (ok) {
        log.info("OCR: {}", version.lines().findFirst().orElse("tesseract"));
      } else {
        log.warn("OCR is off: {} --version failed", settings.ocrCommand());
      }
      return ok;
    } catch (IOException e) {
      log.warn(
          "OCR is off: {} is not installed (on Debian: apt-get install tesseract-ocr);"
              + " screenshots are kept and shown but not read",
          settings.ocrCommand());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void copy(java.io.InputStream from, java.io.ByteArrayOutputStream to) {
    try (from) {
      from.transferTo(to);
    } catch (IOException ignored) {
      // the process was killed: the caller reports the failure
    }
  }
}
