package io.purser.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh database for one benchmark run: embedded H2 in file mode in a temporary directory (so the
 * figures include real disk writes), or PostgreSQL ({@code PURSER_DATABASE_URL} when set, else a
 * new {@code purser_bench} database on the local server).
 */
final class BenchDatabase implements AutoCloseable {

  /** The product's embedded URL (see application.yml): WRITE_DELAY=0 keeps every commit durable. */
  private static final String H2_FLAGS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";

  private static final String LOCAL_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

  private final String kind;
  private final Map<String, String> properties;
  private final Path temporaryDirectory;

  private BenchDatabase(String kind, Map<String, String> properties, Path temporaryDirectory) {
    this.kind = kind;
    this.properties = properties;
    this.temporaryDirectory = temporaryDirectory;
  }

  static BenchDatabase of(String kind) {
    return of(kind, false);
  }

  /**
   * The database {@code kind}; with {@code statements} H2 also counts the time of each statement
   * (its {@code QUERY_STATISTICS}, which costs a little itself).
   */
  static BenchDatabase of(String kind, boolean statements) {
    return switch (kind) {
      case "h2" -> h2(statements);
      case "postgres" -> postgres();
      default ->
          throw new CommandOptions.UsageException("--db must be h2 or postgres, not " + kind);
    };
  }

  private static BenchDatabase h2(boolean statements) {
    try {
      var dir = Files.createTempDirectory("purser-bench-");
      var url =
          "jdbc:h2:file:"
              + dir.resolve("purser").toAbsolutePath()
              + H2_FLAGS
              + (statements ? ";QUERY_STATISTICS=TRUE;QUERY_STATISTICS_MAX_ENTRIES=500" : "");
      return new BenchDatabase(
          "h2",
          Map.of(
              "purser.data-dir",
              dir.toString(),
              "purser.database.url",
              url,
              "purser.database.user",
              "sa",
              "purser.database.password",
              ""),
          dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for H2", e);
    }
  }

  private static BenchDatabase postgres() {
    var url = System.getenv("PURSER_DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return new BenchDatabase(
          "postgres",
          Map.of(
              "purser.database.url", url,
              "purser.database.user", env("PURSER_DATABASE_USER", "postgres"),
              "purser.database.password", env("PURSER_DATABASE_PASSWORD", "")),
          null);
    }
    try (var admin = DriverManager.getConnection(LOCAL_POSTGRES + "postgres", "postgres", "");
        var statement = admin.createStatement()) {
      statement.execute("drop database if exists purser_bench with (force)");
      statement.execute("create database purser_bench");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is not reachable at 127.0.0.1:5432 as postgres ("
              + e.getMessage()
              + "); set PURSER_DATABASE_URL",
          e);
    }
    return new BenchDatabase(
        "postgres",
        Map.of(
            "purser.database.url", LOCAL_POSTGRES + "purser_bench",
            "purser.database.user", "postgres",
            "purser.database.password", ""),
        null);
  }

  String kind() {
    return kind;
  }

  /** The application properties that point Purser at this database. */
  Map<String, String> properties() {
    return properties;
  }

  /** Removes the H2 files; a PostgreSQL database is kept for inspection until the next run. */
  @Override
  public void close() {
    if (temporaryDirectory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(temporaryDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + temporaryDirectory, e);
    }
  }

  private static String env(String name, String fallback) {
    var value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
