package io.purser.console.live;

import io.purser.OwnConnection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The channel the nodes of one PostgreSQL database share their console news on: {@code NOTIFY}
 * through the pool, and one connection of its own that {@code LISTEN}s (outside the pool, so it
 * never takes a connection the pipeline or the web requests need). When that connection is lost the
 * listener opens another and says so, since what came in between was missed.
 */
@Component
class PostgresNewsChannel {

  static final String CHANNEL = "purser_console_news";

  /** PostgreSQL's limit on a notification's payload is 8,000 bytes; the notes are ASCII. */
  static final int MAX_PAYLOAD = 7_900;

  private static final Logger log = LoggerFactory.getLogger(PostgresNewsChannel.class);
  private static final int WAIT_MILLIS = 500;
  private static final long RETRY_MILLIS = 1_000;

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private volatile Thread listener;
  private volatile Boolean available;

  PostgresNewsChannel(DataSource dataSource, JdbcTemplate jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** Whether the database is PostgreSQL, where several nodes may share it. */
  boolean isAvailable() {
    if (available == null) {
      available = OwnConnection.isPostgres(dataSource);
    }
    return available;
  }

  /** Sends each note to every node listening, this one included. */
  void send(List<String> notes) {
    for (var note : notes) {
      jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, note);
    }
  }

  /**
   * Hands every note that arrives to {@code received}, on a thread of its own, until {@link
   * #close}; runs {@code reconnected} each time the listening connection was lost and is back.
   */
  void listen(Consumer<String> received, Runnable reconnected) {
    var thread =
        new Thread(() -> listenUntilClosed(received, reconnected), "console-news-listener");
    thread.setDaemon(true);
    listener = thread;
    thread.start();
  }

  void close() {
    var thread = listener;
    listener = null;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void listenUntilClosed(Consumer<String> received, Runnable reconnected) {
    boolean lost = false;
    while (listener == Thread.currentThread()) {
      try (var connection = OwnConnection.open(dataSource)) {
        try (var statement = connection.createStatement()) {
          statement.execute("listen " + CHANNEL);
        }
        if (lost) {
          log.info("Listening again for the console news of other nodes");
          reconnected.run();
          lost = false;
        }
        var notifications = connection.unwrap(PGConnection.class);
        while (listener == Thread.currentThread()) {
          var arrived = notifications.getNotifications(WAIT_MILLIS);
          if (arrived != null) {
            for (var notification : arrived) {
              received.accept(notification.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (listener != Thread.currentThread()) {
          return;
        }
        if (!lost) {
          log.warn(
              "Lost the console news of other nodes ({}); listening again shortly", e.toString());
        }
        lost = true;
        try {
          Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException stopping) {
          return;
        }
      }
    }
  }
}
