package io.purser.triage.pii;

import java.util.Set;

/**
 * IATA ticketing prefixes: the first three digits of a 13-digit e-ticket number name the airline
 * that issued it (016 United, 001 American, 006 Delta, 125 British Airways, …).
 */
final class AirlinePrefixes {

  private static final Set<String> PREFIXES =
      Set.of(
          "001", "005", "006", "012", "014", "016", "020", "027", "037", "044", "045", "047", "055",
          "057", "064", "065", "074", "075", "077", "079", "081", "083", "086", "098", "105", "106",
          "114", "117", "118", "124", "125", "126", "131", "157", "160", "172", "176", "180", "182",
          "205", "217", "220", "230", "235", "257", "279", "297", "324", "369", "389", "390", "406",
          "421", "465", "526", "555", "566", "580", "589", "603", "607", "618", "695", "738", "781",
          "807", "843", "851", "932", "984", "988");

  private AirlinePrefixes() {}

  static boolean isKnown(String digits) {
    return digits.length() >= 3 && PREFIXES.contains(digits.substring(0, 3));
  }
}
