package io.purser.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of demo mode: the application as {@code ./purser demo} starts it (the {@code
 * demo} profile: Demo Air, its story and traffic, the network sandbox), on a free port chosen here
 * and given as {@code server.port} (the sandbox's base URLs are built from it, so it cannot be
 * random), in its own data folder, on an empty database of its own on the suite's engine (H2 or
 * PostgreSQL, see {@link TestDatabase#another}), as {@code ./purser demo} starts on one. All demo
 * tests share one application: the demo workspace is created once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
public abstract class DemoModeTest {

  protected static final int PORT = freePort();

  protected final Api api = new Api("http://localhost:" + PORT);

  @DynamicPropertySource
  static void demoProperties(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("server.shutdown", () -> "immediate");
    // An empty database of its own, as ./purser demo starts on one: the demo workspace, its
    // agents and their queues are not another demo test's.
    registry.add("spring.datasource.url", DemoModeTest::database);
    registry.add("spring.datasource.username", TestDatabase::user);
    registry.add("spring.datasource.password", TestDatabase::password);
    TestDatabase.register(registry, DemoModeTest::database);
    registry.add("purser.data-dir", DemoModeTest::dataDir);
    // The bundled sample, a little of it: the tests are about the story.
    registry.add("purser.demo.data", () -> "target/no-such-data");
    registry.add("purser.demo.burst", () -> "2");
    registry.add("purser.demo.pace", () -> "1h");
    // As on a machine without Debian's Tesseract: "auto" finds no system engine and reads with
    // the embedded one.
    registry.add("purser.media.ocr-command", () -> "tesseract-is-not-on-this-path");
    // Every reply is answered, soon.
    registry.add("purser.demo.follow-up-one-in", () -> "1");
    registry.add("purser.demo.follow-up-after", () -> "1s");
  }

  @BeforeAll
  static void requireDatabase() {
    TestDatabase.require();
  }

  private static String database;

  private static synchronized String database() {
    if (database == null) {
      database = TestDatabase.another();
    }
    return database;
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String dataDir() {
    try {
      Files.createDirectories(Path.of("target"));
      return Files.createTempDirectory(Path.of("target"), "demo-mode-").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
