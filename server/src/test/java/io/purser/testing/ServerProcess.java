package io.purser.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The packaged server ({@code java -jar target/purser.jar serve}) as a child process, so a test can
 * kill it the way a machine dies (SIGKILL: no shutdown hook, no flush) and start it again.
 */
public final class ServerProcess implements AutoCloseable {

  public static final Path JAR = Path.of("target/purser.jar");

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server with exactly the given PURSER_* settings and waits until it is healthy. */
  public static ServerProcess start(Map<String, String> settings, Path log) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: integration tests run after package");
    }
    int port = freePort();
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var builder = new ProcessBuilder(java, "-Xmx1g", "-jar", JAR.toString(), "serve");
    var env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("PURSER_") || name.startsWith("SPRING_"));
    // Nodes of these tests suggest no reply: indexing the starter corpus would only load the
    // machine.
    env.put("PURSER_ASSIST_WARM_UP", "false");
    env.putAll(settings);
    env.put("SERVER_PORT", Integer.toString(port));
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    var server = new ServerProcess(builder.start(), port);
    // A restart after kill -9 recovers the database first; on a loaded CI machine that took over 90
    // s.
    server.awaitHealthy(Duration.ofMinutes(4));
    return server;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** SIGKILL, and wait until the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitHealthy(Duration timeout) {
    var http = HttpClient.newHttpClient();
    var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited with " + process.exitValue());
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting: the port is not open yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the server started", e);
      }
      sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the server did not become healthy within " + timeout);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
