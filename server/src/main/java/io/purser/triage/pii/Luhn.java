package io.purser.triage.pii;

/** The Luhn checksum every payment card number satisfies. */
final class Luhn {

  private Luhn() {}

  static boolean isValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** Whether the number starts like a card of a major network (Visa, Mastercard, Amex, …). */
  static boolean hasCardPrefix(String digits) {
    char first = digits.charAt(0);
    int two = Integer.parseInt(digits.substring(0, 2));
    int four = Integer.parseInt(digits.substring(0, 4));
    return first == '4'
        || (two >= 51 && two <= 55)
        || (four >= 2221 && four <= 2720)
        || two == 34
        || two == 37
        || two == 36
        || two == 35
        || four == 6011
        || two == 65;
  }
}
