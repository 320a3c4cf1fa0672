package io.purser.ingest.inbox;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database connection from a failure of the delivery. A delivery whose
 * processing was cut off by a lost connection is not to blame: counting it as an attempt parked
 * whole streams of good deliveries after three short outages. It stays pending, and the pipeline
 * backs off and tries again once the database answers.
 */
final class DatabaseOutage {

  /** H2's "connection is broken" (its TCP client), which carries no standard SQL state. */
  private static final String H2_CONNECTION_BROKEN = "90067";

  private static final int DEEPEST = 8;

  private DatabaseOutage() {}

  static boolean causedBy(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < DEEPEST; t = t.getCause(), depth++) {
      if (t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof IOException
          || (t instanceof SQLException sql && isConnectionState(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** SQL state class 08 is "connection exception" in the SQL standard. */
  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || state.equals(H2_CONNECTION_BROKEN));
  }
}
