package io.purser.reply.domain;

import io.purser.reply.Reconciliation;
import java.time.Duration;
import java.time.Instant;

/**
 * What to do with a reply whose send outcome is unknown, once the network has been asked: the rules
 * that make a timeout lead to reconciliation and never to a blind resend.
 *
 * <ul>
 *   <li>Found: the reply was posted; record the network's id.
 *   <li>Absent: the network answered and has no such reply. Sent again once, with the same
 *       idempotency key; a second absence goes to the agent (the look-up itself may lag).
 *   <li>Cannot tell: look again until the reconcile window has passed since the send began, then
 *       the agent decides.
 *   <li>Unverifiable: the agent decides at once; waiting cannot help.
 * </ul>
 */
public final class Reconciling {

  /** Automatic resends allowed after a look-up proved the reply absent. */
  public static final int MAX_RESENDS = 1;

  private Reconciling() {}

  /**
   * @param sendBegan when the send whose outcome is unknown began
   * @param resends automatic resends made so far
   * @param window how long after the send Purser keeps looking before the agent is asked
   * @param interval the pause between two look-ups
   */
  public record Situation(
      Reconciliation answer,
      Instant sendBegan,
      int resends,
      Instant now,
      Duration window,
      Duration interval) {}

  /** The decision. */
  public sealed interface Step {
    record MarkSent(String externalId) implements Step {}

    record SendAgain() implements Step {}

    record LookAgain(Instant at, String reason) implements Step {}

    record AskAgent(String reason) implements Step {}
  }

  public static Step decide(Situation s) {
    var answer = s.answer();
    if (answer instanceof Reconciliation.Found found) {
      return new Step.MarkSent(found.externalId());
    }
    if (answer instanceof Reconciliation.Absent) {
      return s.resends() < MAX_RESENDS
          ? new Step.SendAgain()
          : new Step.AskAgent(
              "the network does not show the reply, which was already sent again once");
    }
    if (answer instanceof Reconciliation.CannotTell cannot) {
      return s.now().isBefore(s.sendBegan().plus(s.window()))
          ? new Step.LookAgain(s.now().plus(s.interval()), cannot.reason())
          : new Step.AskAgent(
              "could not confirm with the network that the reply was posted: " + cannot.reason());
    }
    return new Step.AskAgent(((Reconciliation.Unverifiable) answer).reason());
  }
}
