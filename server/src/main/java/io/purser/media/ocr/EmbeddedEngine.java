package io.purser.media.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Tesseract from the jar: JavaCPP's build of Tesseract 5.5 (native libraries for Linux x86-64) and
 * the English model ({@code tessdata/eng.traineddata}, put in the jar by the build). Each image is
 * read by {@link EmbeddedOcr} in a child JVM — the same java binary and the server's own class path
 * — so the engine runs through the same process path as the system one. The model is copied once to
 * {@code <data-dir>/ocr/tessdata-<its SHA-256>/}, as Tesseract reads it from a folder.
 */
final class EmbeddedEngine {

  static final String MODEL = "tessdata/eng.traineddata";
  private static final String NATIVE = "org/bytedeco/tesseract/linux-x86_64/libjnitesseract.so";
  private static final String VERSION = "META-INF/maven/org.bytedeco/tesseract/pom.properties";
  private static final String BOOT_LAUNCHER =
      "org.springframework.boot.loader.launch.PropertiesLauncher";

  private EmbeddedEngine() {}

  /** The child JVM's command when this machine can run the engine, else why not. */
  static OcrChoice probe(Path dataDir) {
    var loader = EmbeddedEngine.class.getClassLoader();
    var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    var arch = System.getProperty("os.arch", "");
    if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      return new OcrChoice.Off(
          "the embedded Tesseract is built for Linux x86-64 only, this is " + os + " " + arch);
    }
    if (loader.getResource(NATIVE) == null || loader.getResource(MODEL) == null) {
      return new OcrChoice.Off(
          "the embedded Tesseract is not in this build (" + NATIVE + " or " + MODEL + " missing)");
    }
    Path tessdata;
    try {
      tessdata = unpackModel(dataDir.resolve("ocr"));
    } catch (IOException | UncheckedIOException e) {
      return new OcrChoice.Off("the English model could not be copied under " + dataDir + ": " + e);
    }
    var name = "embedded Tesseract " + version();
    return new OcrChoice.Use(new OcrProcess(name, command(dataDir, tessdata)), name);
  }

  /** {@code java <options> -cp <the server's class path> EmbeddedOcr <tessdata>}. */
  static List<String> command(Path dataDir, Path tessdata) {
    var java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    var command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
    command.addAll(List.of("-XX:+UseSerialGC", "-Xmx256m", "-Djava.awt.headless=true"));
    command.add("-Dorg.bytedeco.javacpp.cachedir=" + dataDir.resolve("ocr").resolve("native"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    var loader = EmbeddedOcr.class.getClassLoader().getClass().getName();
    if (loader.startsWith("org.springframework.boot.loader")) {
      // Inside Spring Boot's executable jar: its launcher finds our classes and nested jars.
      command.addAll(List.of("-Dloader.main=" + EmbeddedOcr.class.getName(), BOOT_LAUNCHER));
    } else {
      command.add(EmbeddedOcr.class.getName());
    }
    command.add(tessdata.toString());
    return command;
  }

  /** The model's folder, named by its SHA-256 so a new model never meets an old copy. */
  private static Path unpackModel(Path under) throws IOException {
    String sha;
    try (var in = digesting(open(MODEL))) {
      in.transferTo(OutputStream.nullOutputStream());
      sha = HexFormat.of().formatHex(in.getMessageDigest().digest());
    }
    var folder = under.resolve("tessdata-" + sha.substring(0, 16));
    var model = folder.resolve("eng.traineddata");
    if (Files.isRegularFile(model)) {
      return folder;
    }
    Files.createDirectories(folder);
    var partial = Files.createTempFile(folder, "eng", ".part");
    try (var in = open(MODEL)) {
      Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, model, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return folder;
  }

  /** "5.5.1" from the JavaCPP build's version "5.5.1-1.5.12". */
  private static String version() {
    try (var in = open(VERSION)) {
      var properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "5").split("-")[0];
    } catch (IOException e) {
      return "5";
    }
  }

  private static InputStream open(String resource) throws IOException {
    var in = EmbeddedEngine.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " is not on the class path");
    }
    return in;
  }

  private static DigestInputStream digesting(InputStream in) {
    try {
      return new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
