package io.purser.console.conversation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A priority reason from routing ({@code sla_due_in_3_min +35}, {@code urgency_high +40}) as a
 * message key with its argument, so the agent reads it in their own language. A reason counted in
 * minutes keeps them as a duration ({@code minutes}: left before the SLA is due, negative when
 * overdue; waited), for the console to write as one ("SLA in 1 h 5 min", "SLA 3 min overdue").
 */
record ReasonText(String key, String argument, String points, Long minutes) {

  ReasonText(String key, String argument, String points) {
    this(key, argument, points, null);
  }

  /**
   * Whether the reason is an SLA deadline, whose minutes are written as a countdown (public: the
   * template calls it).
   */
  public boolean isSla() {
    return "reason.sla".equals(key);
  }

  private static final Pattern REASON = Pattern.compile("([a-z_]+?)(?:_(\\d+)_min)?\\s+([+-]\\d+)");
  private static final List<String> KINDS = List.of("urgency_", "intent_", "category_", "loyalty_");

  static ReasonText of(String stored) {
    var m = REASON.matcher(stored.strip());
    if (!m.matches()) {
      return new ReasonText("reason.other", stored, "");
    }
    var code = m.group(1);
    var points = m.group(3);
    if (m.group(2) != null) {
      long minutes = Long.parseLong(m.group(2));
      return switch (code) {
        case "sla_due_in" -> new ReasonText("reason.sla", m.group(2), points, minutes);
        case "sla_overdue" -> new ReasonText("reason.sla", m.group(2), points, -minutes);
        case "waiting" -> new ReasonText("reason.waitingFor", m.group(2), points, minutes);
        default -> new ReasonText("reason." + code, m.group(2), points);
      };
    }
    for (var kind : KINDS) {
      if (code.startsWith(kind)) {
        var value = code.substring(kind.length());
        return new ReasonText("reason." + kind.substring(0, kind.length() - 1), value, points);
      }
    }
    return new ReasonText("reason." + code, "", points);
  }

  /**
   * The message key of the argument's own words ({@code urgency.high}, {@code intent.rebooking}),
   * or null when the argument is a number of minutes or the stored text.
   */
  public String argumentKey() {
    return switch (key) {
      case "reason.urgency" -> "urgency." + argument;
      case "reason.intent" -> "intent." + argument;
      case "reason.category" -> "category." + argument;
      case "reason.loyalty" -> "loyalty." + argument;
      default -> null;
    };
  }
}
