package io.purser.media;

import java.util.Locale;
import java.util.stream.Stream;

/** Host names as Purser's allow-lists read them: each entry matches itself and its subdomains. */
final class HostNames {

  private HostNames() {}

  /** Whether {@code host} is one of {@code entries} or a subdomain of one, in any case. */
  static boolean matchesAny(String host, Stream<String> entries) {
    if (host == null) {
      return false;
    }
    var name = host.toLowerCase(Locale.ROOT);
    return entries
        .map(entry -> entry.toLowerCase(Locale.ROOT))
        .anyMatch(entry -> name.equals(entry) || name.endsWith("." + entry));
  }
}
