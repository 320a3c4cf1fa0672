package io.purser;

import java.sql.SQLException;
import java.util.ArrayList;

/**
 * Says why something failed without quoting what it worked on: the exception classes from the
 * outermost to the root cause, and the SQL state of a database error. Exception messages are left
 * out on purpose: a database quotes the value it refused (H2 prints the start of a text that did
 * not fit), a JSON parser the token it choked on, and both come from customers. Log this, with the
 * ids of what failed, where customer text must not go (logs, errors shown to administrators).
 */
public final class FailureDescription {

  private static final int DEEPEST = 8;

  private FailureDescription() {}

  public static String of(Throwable failure) {
    var parts = new ArrayList<String>();
    var seen = new ArrayList<Throwable>();
    for (Throwable t = failure; t != null && seen.size() < DEEPEST; t = t.getCause()) {
      if (seen.contains(t)) {
        break;
      }
      seen.add(t);
      var part = t.getClass().getSimpleName();
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        part += " (SQL state " + sql.getSQLState() + ")";
      }
      parts.add(part);
    }
    return String.join(" caused by ", parts);
  }
}
