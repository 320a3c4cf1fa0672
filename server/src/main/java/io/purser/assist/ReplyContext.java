package io.purser.assist;

/**
 * What a suggestion is adapted to: this conversation's details, each {@code null} when unknown. A
 * known detail replaces the source conversation's; an unknown one leaves a bracketed slot for the
 * agent to fill ({@code [flight]}), except the name, which is then left out. The source's own
 * details are never copied.
 *
 * @param customerName the customer's first name as agents address them ("Cory")
 * @param recordLocator the booking's record locator (confirmation code)
 * @param flight the flight ("DL1262")
 * @param signature the agent's signature appended to the reply ("*TMC", "^NA")
 */
public record ReplyContext(
    String customerName, String recordLocator, String flight, String signature) {

  /** A context that knows nothing of the conversation. */
  public static ReplyContext none() {
    return new ReplyContext(null, null, null, null);
  }
}
