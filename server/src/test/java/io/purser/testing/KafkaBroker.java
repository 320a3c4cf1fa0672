package io.purser.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker for tests: the server jars of Maven Central (the test classpath's
 * {@code kafka_2.13}) run in KRaft mode, broker and controller in one JVM of their own, on random
 * ports and a temporary directory; killed and deleted on {@link #close()}. The storage is formatted
 * first as {@code kafka-storage format} does ({@code kafka.tools.StorageTool}).
 */
public final class KafkaBroker implements AutoCloseable {

  private final Process process;
  private final Path dir;
  private final String bootstrapServers;

  private KafkaBroker(Process process, Path dir, String bootstrapServers) {
    this.process = process;
    this.dir = dir;
    this.bootstrapServers = bootstrapServers;
  }

  /** Starts a broker and waits until it answers; its output goes to {@code log}. */
  public static KafkaBroker start(Path log) throws IOException, InterruptedException {
    var dir = Files.createTempDirectory("purser-kafka-");
    int port = freePort();
    int controllerPort = freePort();
    var properties = dir.resolve("server.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs=" + dir.resolve("logs").toAbsolutePath(),
            "auto.create.topics.enable=false",
            "num.partitions=1",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=4",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            ""));
    var format =
        java(
            log,
            "kafka.tools.StorageTool",
            "format",
            "-t",
            Uuid.randomUuid().toString(),
            "-c",
            properties.toString());
    if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
      format.destroyForcibly();
      throw new IllegalStateException("formatting Kafka's storage failed; see " + log);
    }
    var broker =
        new KafkaBroker(java(log, "kafka.Kafka", properties.toString()), dir, "127.0.0.1:" + port);
    broker.awaitReady(Duration.ofMinutes(2));
    return broker;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  private static Process java(Path log, String main, String... args) throws IOException {
    var command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                main));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    var config =
        Map.<String, Object>of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
    try (var admin = Admin.create(config)) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the Kafka broker exited with " + process.exitValue());
        }
        try {
          if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (Exception notYet) {
          Thread.sleep(250);
        }
      }
    }
    close();
    throw new IllegalStateException("the Kafka broker did not answer within " + timeout);
  }

  /** SIGKILL, then the data goes. */
  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // A temporary directory left behind harms nothing.
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
