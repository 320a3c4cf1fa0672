package io.purser.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Screenshots as customers send them: a booking site's flight card drawn as a PNG, so OCR tests
 * read real pixels. Also says whether the OCR engines are here — the system Tesseract and the
 * embedded one: in CI both must be (a test that skips there hides a broken feature), elsewhere OCR
 * tests skip with the reason.
 */
public final class Screenshots {

  private static final String BOTH_ENGINES = "the OCR tests with both engines";

  private Screenshots() {}

  /** A flight card: a heading, then one line per given line of text, dark on white. */
  public static byte[] flightCard(String heading, String... lines) {
    System.setProperty("java.awt.headless", "true");
    var image = new BufferedImage(760, 120 + 46 * lines.length, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(new Color(20, 24, 60));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
      g.drawString(heading, 30, 60);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 27));
      for (int i = 0; i < lines.length; i++) {
        g.drawString(lines[i], 30, 120 + 46 * i);
      }
    } finally {
      g.dispose();
    }
    return png(image);
  }

  /** The image as a PNG file's bytes. */
  public static byte[] png(BufferedImage image) {
    var png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /** Null when the system Tesseract runs here, else why not. */
  public static String systemOcrUnavailableReason() {
    try {
      var process = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) {
        return null;
      }
      return "tesseract --version failed";
    } catch (IOException e) {
      return "Tesseract is not installed (apt-get install tesseract-ocr)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** Null when the embedded Tesseract (Linux x86-64, from the jar) can run here, else why not. */
  public static String embeddedOcrUnavailableReason() {
    var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    var arch = System.getProperty("os.arch", "");
    if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      return "the embedded Tesseract is built for Linux x86-64 only, this is " + os + " " + arch;
    }
    if (Screenshots.class.getClassLoader().getResource("tessdata/eng.traineddata") == null) {
      return "tessdata/eng.traineddata is not on the class path (the build puts it there)";
    }
    return null;
  }

  /**
   * Skips the test when no OCR engine runs here (with the default {@code auto} engine, the system
   * Tesseract or else the embedded one), except in CI, where it fails: CI runs both engines.
   */
  public static void requireOcr() {
    var system = systemOcrUnavailableReason();
    var embedded = embeddedOcrUnavailableReason();
    MachineRequirement.failInCi(BOTH_ENGINES, system);
    MachineRequirement.failInCi(BOTH_ENGINES, embedded);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        system == null || embedded == null, system + "; " + embedded);
  }

  /** Skips the test when the system Tesseract is missing, except in CI, where it fails. */
  public static void requireSystemOcr() {
    MachineRequirement.require(BOTH_ENGINES, systemOcrUnavailableReason());
  }

  /** Skips the test when the embedded Tesseract cannot run here, except in CI, where it fails. */
  public static void requireEmbeddedOcr() {
    MachineRequirement.require(BOTH_ENGINES, embeddedOcrUnavailableReason());
  }

  /** Keeps a copy for people to look at, under target/. */
  public static void keep(byte[] png, String name) {
    try {
      var dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
