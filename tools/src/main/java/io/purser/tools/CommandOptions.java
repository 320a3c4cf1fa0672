package io.purser.tools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a tool's command line: {@code --name value} pairs, flags without a value, and
 * positional words. An option the command does not know is an error, so a typo never runs a
 * different experiment silently.
 */
record CommandOptions(Map<String, String> values, List<String> words) {

  /** Thrown for a command line the tool cannot run; the message says what is wrong. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  static CommandOptions parse(String[] args, Set<String> valued, Set<String> flags) {
    var values = new HashMap<String, String>();
    var words = new ArrayList<String>();
    for (int i = 0; i < args.length; i++) {
      var arg = args[i];
      if (!arg.startsWith("--")) {
        words.add(arg);
        continue;
      }
      var name = arg.substring(2);
      int eq = name.indexOf('=');
      if (eq >= 0) {
        values.put(known(name.substring(0, eq), valued), name.substring(eq + 1));
      } else if (flags.contains(name)) {
        values.put(name, "true");
      } else if (i + 1 < args.length) {
        values.put(known(name, valued), args[++i]);
      } else {
        throw new UsageException("--" + known(name, valued) + " needs a value");
      }
    }
    return new CommandOptions(values, words);
  }

  private static String known(String name, Set<String> valued) {
    if (!valued.contains(name)) {
      throw new UsageException("unknown option --" + name);
    }
    return name;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  double number(String name, double fallback) {
    var value = values.get(name);
    try {
      return value == null ? fallback : Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number, not '" + value + "'");
    }
  }

  int integer(String name, int fallback) {
    var value = values.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
    }
  }
}
