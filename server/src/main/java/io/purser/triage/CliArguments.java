package io.purser.triage;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of a {@link TriageCli} command: {@code --name value} pairs and bare flags, checked
 * against what the command accepts.
 */
record CliArguments(String command, Map<String, String> options) {

  /** Parses {@code args}; throws {@link IllegalArgumentException} with a usage message. */
  static CliArguments parse(String[] args, Set<String> valued, Set<String> flags) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (flags.contains(arg)) {
        options.put(arg, "true");
      } else if (valued.contains(arg) && i + 1 < args.length) {
        options.put(arg, args[++i]);
      } else {
        throw new IllegalArgumentException("unexpected argument '" + arg + "' for " + args[0]);
      }
    }
    return new CliArguments(args[0], Map.copyOf(options));
  }

  String get(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  boolean has(String name) {
    return options.containsKey(name);
  }
}
