package io.purser.triage;

import java.util.List;
import java.util.Objects;

/**
 * What the brand's own rules decided for a message.
 *
 * @param tags tags to put on the conversation, in rule order, without duplicates
 * @param route the queue to route to, from the last routing rule that matched, or {@code null}
 * @param raisePriority whether a rule asked to move the message up the queue
 * @param hidden whether a rule asked to hide the message from the service queue (it is still stored
 *     and counted)
 * @param rulesFired names of the rules that matched, in rule order
 */
public record BrandActions(
    List<String> tags,
    String route,
    boolean raisePriority,
    boolean hidden,
    List<String> rulesFired) {

  /** Nothing decided: no rule matched. */
  public static final BrandActions NONE =
      new BrandActions(List.of(), null, false, false, List.of());

  public BrandActions {
    tags = List.copyOf(Objects.requireNonNull(tags, "tags are required"));
    rulesFired = List.copyOf(Objects.requireNonNull(rulesFired, "rulesFired is required"));
  }
}
