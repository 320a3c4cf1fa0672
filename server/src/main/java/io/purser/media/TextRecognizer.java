package io.purser.media;

import io.purser.media.ocr.OcrChoice;
import io.purser.media.ocr.OcrEngines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads the text on an image with Tesseract, the local OCR engine, run as a process per image: the
 * image goes in on standard input, the text comes back on standard output, nothing leaves the
 * machine. A process, not a JNI binding in the server, so a crash or a hang in the engine cannot
 * take Purser down: it is killed at the time limit. The engine — the system {@code tesseract}, or
 * the embedded one in a child JVM — is chosen once at start ({@code purser.media.ocr-engine}, see
 * {@link OcrEngines}) and the log says which and why.
 */
@Component
class TextRecognizer {

  /** What reading gave: {@code status} is done, unavailable or failed. */
  record Reading(String status, String text) {}

  private static final Logger log = LoggerFactory.getLogger(TextRecognizer.class);

  private final MediaSettings settings;
  private final Path dataDir;
  private volatile OcrChoice chosen;

  TextRecognizer(MediaSettings settings, @Value("${purser.data-dir:./data}") Path dataDir) {
    this.settings = settings;
    this.dataDir = dataDir;
  }

  /** Chooses the engine when the application is up, so the start log says which one reads. */
  @EventListener(ApplicationReadyEvent.class)
  void chooseEngine() {
    engine();
  }

  Reading read(byte[] image) {
    if (!(engine() instanceof OcrChoice.Use use)) {
      return new Reading("unavailable", null);
    }
    try {
      var process =
          new ProcessBuilder(use.process().command())
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
        // Waits for the kill, so no engine outlives its image.
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        log.warn("OCR: {} took over {}, killed", use.process().name(), settings.ocrTimeout());
        return new Reading("failed", null);
      }
      reader.join(settings.ocrTimeout().toMillis());
      if (process.exitValue() != 0) {
        log.warn("OCR: {} ended with exit code {}", use.process().name(), process.exitValue());
        return new Reading("failed", null);
      }
      return new Reading("done", output.toString(StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      log.warn("OCR could not run {}: {}", use.process().name(), e.getMessage());
      return new Reading("failed", null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reading("failed", null);
    }
  }

  /** The engine chosen once: the first caller probes and logs, the others wait for it. */
  OcrChoice engine() {
    var known = chosen;
    if (known == null) {
      synchronized (this) {
        known = chosen;
        if (known == null) {
          known = OcrEngines.choose(settings.ocrEngine(), settings.ocrCommand(), dataDir);
          log(known);
          chosen = known;
        }
      }
    }
    return known;
  }

  private static void log(OcrChoice choice) {
    if (choice instanceof OcrChoice.Use use) {
      log.info("OCR: {} ({})", use.process().name(), use.why());
    } else {
      log.warn("OCR is off: {}; screenshots are kept and shown but not read", choice.why());
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
