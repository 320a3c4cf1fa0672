package io.purser.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The recorded network payloads under {@code src/test/resources/fixtures/wire}. */
public final class WireFixtures {

  private static final String FOLDER = "/fixtures/wire/";

  private WireFixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = WireFixtures.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the folder, sorted. */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(Path.of(WireFixtures.class.getResource(FOLDER).toURI()))) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
