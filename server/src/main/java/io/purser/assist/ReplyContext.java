package io.purser.assist;

/**
 * What a suggestion is adapted to: this conversation's details, each {@code null} when unknown. A
 * known detail replaces the source conversation's; an unknown one stays as the saved replies'
 * variable for the agent to fill ({@code {flight}}, {@code {record_locator}}), except the name,
 * which is then left out. The source's own details are never copied.
 *
 * @param customerName the customer's first name as agents address them ("Cory")
 * @param recordLocator the booking's record locator (confirmation code)
 * @param flight the flight ("DL1262")
 * @param signature the agent's signature as the brand writes it, appended to the reply ("*TMC",
 *     "^NA"; the console has it from {@code ReplyTemplate.signature(style, agentSignature)})
 * @param brand the brand the agent answers for, as replies name it ("Demo Air"): the workspace's
 *     name
 */
public record ReplyContext(
    String customerName, String recordLocator, String flight, String signature, String brand) {

  /** A context that knows nothing of the conversation. */
  public static ReplyContext none() {
    return new ReplyContext(null, null, null, null, null);
  }

  /** A context that knows only the brand. */
  public static ReplyContext ofBrand(String brand) {
    return new ReplyContext(null, null, null, null, brand);
  }
}
