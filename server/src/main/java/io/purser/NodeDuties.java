package io.purser;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Which node does a periodic duty that only one node should do at a time (a sweep written for one
 * node, vacuuming). On PostgreSQL a duty is the node's while it holds the duty's session advisory
 * lock, taken on a connection of its own ({@link OwnConnection}): when that node dies or loses its
 * connection, PostgreSQL releases the lock and the next node to ask takes the duty over, within one
 * interval of the sweep. On H2 there is one node, and every duty is its own.
 *
 * <p>Work that many nodes share safely (the inbox, the outbox, SLA clocks and media claim their
 * rows with {@code SKIP LOCKED}; the dispatcher's moves are conditional) does not ask.
 */
@Component
public class NodeDuties implements DisposableBean {

  /** The high half of every duty's lock key, so Purser's locks meet no one else's. */
  private static final long KEY_SPACE = 0x5055_5253L << 32; // "PURS"

  private static final Logger log = LoggerFactory.getLogger(NodeDuties.class);

  private final DataSource dataSource;
  private final Set<String> held = new HashSet<>();
  private Boolean shared;
  private Connection connection;

  public NodeDuties(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Whether this node should do the duty now; asks PostgreSQL once for a duty not yet held. */
  public synchronized boolean mine(String duty) {
    if (shared == null) {
      shared = OwnConnection.isPostgres(dataSource);
    }
    if (!shared) {
      return true;
    }
    try {
      if (connection != null && !connection.isValid(2)) {
        log.warn("Lost the connection that held this node's duties {}; asking again", held);
        release();
      }
      if (connection == null) {
        connection = OwnConnection.open(dataSource);
      }
      if (!held.contains(duty) && tryLock(duty)) {
        log.info("This node now does the duty '{}'", duty);
        held.add(duty);
      }
      return held.contains(duty);
    } catch (SQLException e) {
      log.warn(
          "Cannot tell whether the duty '{}' is this node's ({}); skipped", duty, e.toString());
      release();
      return false;
    }
  }

  private boolean tryLock(String duty) throws SQLException {
    try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      statement.setLong(1, key(duty));
      try (var result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  /** The duty's lock key: its name's CRC-32 in Purser's key space. */
  static long key(String duty) {
    var crc = new CRC32();
    crc.update(duty.getBytes(StandardCharsets.UTF_8));
    return KEY_SPACE | crc.getValue();
  }

  /** Lets every duty go (closing the connection releases its locks). */
  @Override
  public synchronized void destroy() {
    release();
  }

  private void release() {
    held.clear();
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.debug("Closing the duties' connection failed: {}", e.toString());
      }
      connection = null;
    }
  }
}
