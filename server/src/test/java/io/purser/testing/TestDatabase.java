package io.purser.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database the integration tests run on, chosen by the system property {@code
 * purser.test.database} (h2 or postgres; Maven runs the suite once with each). PostgreSQL is the
 * machine's running server (PURSER_TEST_POSTGRES_URL, default 127.0.0.1:5432, user postgres); each
 * test JVM works in databases of its own, created at start, one for each application context. It is
 * dropped by the next test JVM that starts on the machine, once this one has ended: a drop in a
 * shutdown hook ran at the same time as Spring's own shutdown, broke the pool under it and held the
 * JVM's exit for 30 s.
 */
public final class TestDatabase {

  public static final String KIND = System.getProperty("purser.test.database", "h2");
  private static final String ADMIN_URL =
      env("PURSER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String USER = env("PURSER_TEST_POSTGRES_USER", "postgres");
  private static final String PASSWORD = env("PURSER_TEST_POSTGRES_PASSWORD", "");
  // One database per test JVM, so parallel runs on one machine never drop each other's.
  private static final String DATABASE = "purser_it_" + ProcessHandle.current().pid();

  private static String url;
  private static String unavailable;
  private static int extra;
  private static boolean primaryTaken;

  private TestDatabase() {}

  public static boolean isPostgres() {
    return "postgres".equals(KIND);
  }

  /** The JDBC URL of a fresh database for this JVM, creating it on first use. */
  public static synchronized String url() {
    if (url == null) {
      url = isPostgres() ? createPostgres() : h2Url();
    }
    return url;
  }

  /**
   * The JDBC URL of a fresh database for one application context: the JVM's first context gets
   * {@link #url()}, every other one a database of its own from {@link #another()}, so no two
   * contexts' background workers (pipeline, outbox, sweepers) share a database.
   */
  public static synchronized String forContext() {
    if (!isPostgres()) {
      return h2Url();
    }
    if (!primaryTaken) {
      primaryTaken = true;
      return url();
    }
    return another();
  }

  /**
   * The JDBC URL of another fresh database of this JVM, for a test whose application expects an
   * empty one (the demo, like {@code ./purser demo}, starts on an empty database).
   */
  public static synchronized String another() {
    if (!isPostgres()) {
      return h2Url();
    }
    url();
    var name = DATABASE + "_" + ++extra;
    try (var admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        var statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the database " + name, e);
    }
    return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
  }

  public static String user() {
    return isPostgres() ? USER : "sa";
  }

  public static String password() {
    return isPostgres() ? PASSWORD : "";
  }

  /** Why this database cannot be used here, or null when it can. */
  public static synchronized String unavailableReason() {
    if (!isPostgres() || url != null || unavailable != null) {
      return unavailable;
    }
    try {
      url();
    } catch (IllegalStateException e) {
      unavailable = e.getMessage();
    }
    return unavailable;
  }

  /** Points the application under test at the database {@code url} gives, as the suite's user. */
  public static void register(DynamicPropertyRegistry registry, Supplier<Object> url) {
    registry.add("purser.database.url", url);
    registry.add("purser.database.user", TestDatabase::user);
    registry.add("purser.database.password", TestDatabase::password);
  }

  /**
   * Skips the test when this database cannot be used here, except in CI, where it fails: CI must
   * run the PostgreSQL suite.
   */
  public static void require() {
    MachineRequirement.require("the PostgreSQL suite", unavailableReason());
  }

  private static String h2Url() {
    return "jdbc:h2:mem:purser-"
        + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  }

  private static String createPostgres() {
    try (var admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        var statement = admin.createStatement()) {
      dropLeftovers(statement);
      statement.execute("drop database if exists " + DATABASE + " with (force)");
      statement.execute("create database " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is not reachable at "
              + ADMIN_URL
              + " as "
              + USER
              + " ("
              + e.getMessage()
              + "); set PURSER_TEST_POSTGRES_URL to run the PostgreSQL suite");
    }
    return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + DATABASE;
  }

  /** Drops the databases of earlier test JVMs that have ended (their process id is gone). */
  private static void dropLeftovers(Statement statement) throws SQLException {
    var leftovers = new ArrayList<String>();
    try (var rows =
        statement.executeQuery(
            "select datname from pg_database where datname ~ '^purser_it_[0-9]+(_[0-9]+)?$'")) {
      while (rows.next()) {
        var name = rows.getString(1);
        long pid = Long.parseLong(name.split("_")[2]);
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        leftovers.add(name);
      }
    }
    for (var name : leftovers) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }

  private static String env(String name, String fallback) {
    var value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
