package io.purser.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.media.MediaSettings.OcrEngine;
import io.purser.media.domain.FlightReader;
import io.purser.media.ocr.OcrChoice;
import io.purser.testing.Screenshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both OCR engines through the one process path: the embedded Tesseract (a child JVM) reads a
 * booking site's flight card, {@code auto} falls back to it when the system command is missing, a
 * broken image fails, and an engine that hangs is killed at the time limit.
 */
class TextRecognizerTest {

  @TempDir Path dataDir;

  private static final byte[] CARD =
      Screenshots.flightCard(
          "Select your return flight", "PX 2044   JFK - CDG", "Thu 24 Dec 2026   18:40 - 07:55");

  @Test
  void theEmbeddedEngineReadsAFlightCard() {
    Screenshots.requireEmbeddedOcr();
    var ocr = recognizer(OcrEngine.EMBEDDED, "tesseract", Duration.ofSeconds(60));

    var reading = ocr.read(CARD);

    assertThat(reading.status()).isEqualTo("done");
    assertThat(reading.text()).contains("Select your return flight", "PX 2044", "JFK", "CDG");
    var flights = FlightReader.read(reading.text(), LocalDate.of(2026, 12, 1));
    assertThat(flights).hasSize(1);
    assertThat(flights.get(0).number()).isEqualTo("PX2044");
    assertThat(flights.get(0).date()).isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(flights.get(0).departure()).isEqualTo(LocalTime.of(18, 40));
    assertThat(flights.get(0).origin()).isEqualTo("JFK");
    assertThat(flights.get(0).destination()).isEqualTo("CDG");
  }

  @Test
  void autoTakesTheEmbeddedEngineWhenTheSystemTesseractIsMissing() {
    Screenshots.requireEmbeddedOcr();
    var ocr = recognizer(OcrEngine.AUTO, "/nonexistent/tesseract", Duration.ofSeconds(60));

    var use = (OcrChoice.Use) ocr.engine();

    assertThat(use.process().name()).matches("embedded Tesseract 5\\.5\\.\\d+");
    assertThat(use.why()).isEqualTo("/nonexistent/tesseract does not exist");
    assertThat(ocr.read(CARD).text()).contains("PX 2044");
    assertThat(Files.exists(dataDir.resolve("ocr"))).as("the model is copied once, here").isTrue();
  }

  @Test
  void autoTakesTheSystemTesseractWhereItRuns() {
    Screenshots.requireSystemOcr();

    var use =
        (OcrChoice.Use) recognizer(OcrEngine.AUTO, "tesseract", Duration.ofSeconds(30)).engine();

    assertThat(use.process().name()).startsWith("system tesseract ");
    assertThat(use.process().command())
        .containsExactly("tesseract", "stdin", "stdout", "--psm", "3");
  }

  @Test
  void offAndAMissingSystemEngineReadNothingAndSayWhy() {
    var off = recognizer(OcrEngine.OFF, "tesseract", Duration.ofSeconds(30));
    var system = recognizer(OcrEngine.SYSTEM, "/nonexistent/tesseract", Duration.ofSeconds(30));

    assertThat(off.read(CARD).status()).isEqualTo("unavailable");
    assertThat(system.read(CARD).status()).isEqualTo("unavailable");
    assertThat(system.engine().why())
        .isEqualTo("/nonexistent/tesseract does not exist (purser.media.ocr-engine=system)");
  }

  @Test
  void aBrokenImageFailsInTheEmbeddedEngine() {
    Screenshots.requireEmbeddedOcr();
    var ocr = recognizer(OcrEngine.EMBEDDED, "tesseract", Duration.ofSeconds(60));
    var broken = new byte[2048];
    System.arraycopy(CARD, 0, broken, 0, 64);

    assertThat(ocr.read(broken)).isEqualTo(new TextRecognizer.Reading("failed", null));
    assertThat(ProcessHandle.current().children()).isEmpty();
  }

  @Test
  void aHungEngineIsKilledAtTheTimeLimit() throws IOException {
    var hangs = dataDir.resolve("hanging-tesseract");
    Files.writeString(
        hangs,
        "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'tesseract 5.3.0'; exit 0; fi\nexec sleep 120\n");
    Files.setPosixFilePermissions(hangs, PosixFilePermissions.fromString("rwx------"));
    var ocr = recognizer(OcrEngine.SYSTEM, hangs.toString(), Duration.ofSeconds(2));

    long started = System.nanoTime();
    var reading = ocr.read(CARD);

    assertThat(reading.status()).isEqualTo("failed");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
  }

  @Test
  void theEmbeddedEnginesJvmIsKilledAtTheTimeLimitToo() {
    Screenshots.requireEmbeddedOcr();
    var ocr = recognizer(OcrEngine.EMBEDDED, "tesseract", Duration.ofMillis(150));

    assertThat(ocr.read(CARD).status())
        .as("a JVM does not even start in 150 ms")
        .isEqualTo("failed");
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
  }

  private TextRecognizer recognizer(OcrEngine engine, String command, Duration timeout) {
    var settings =
        new MediaSettings(
            5_242_880,
            Duration.ofSeconds(15),
            List.of("pbs.twimg.com"),
            command,
            engine,
            timeout,
            5,
            2,
            Duration.ofSeconds(1));
    return new TextRecognizer(settings, dataDir);
  }
}
