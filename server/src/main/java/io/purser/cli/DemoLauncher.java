package io.purser.cli;

import io.purser.PurserApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;

/**
 * {@code ./purser demo}: the server with the demo profile, which seeds and replays demo traffic, on
 * a demo database that starts empty every time so the replay is seen arriving live.
 */
final class DemoLauncher {

  private DemoLauncher() {}

  static int run(String[] args) {
    var dataDir = System.getenv().getOrDefault("PURSER_DATA_DIR", "./data");
    deleteRecursively(Path.of(dataDir, "demo"));
    var app = new SpringApplication(PurserApplication.class);
    app.setAdditionalProfiles("demo");
    app.run(args);
    return Integer.MIN_VALUE;
  }

  private static void deleteRecursively(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not reset the demo database in " + folder, e);
    }
  }
}
