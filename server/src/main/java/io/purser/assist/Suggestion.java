package io.purser.assist;

/**
 * A reply suggested to an agent.
 *
 * @param text the reply adapted to this conversation, ready to edit and send
 * @param reason why it was chosen ("like conversation #4312: same intent (refund), …")
 * @param score the ranker's score: higher is better, comparable within one call only
 * @param templateKey identifies the answer whatever customer it was written for; pass the
 *     suggestion back to {@link Suggestions#recordChoice(Suggestion, String)} when chosen
 * @param sourceId the solved conversation it was drawn from
 * @param why the reason's parts, for a console to word in the agent's language
 */
public record Suggestion(
    String text, String reason, double score, String templateKey, String sourceId, Why why) {

  /**
   * Why a reply was suggested.
   *
   * @param intent the source conversation's intent (its wire name)
   * @param sameIntent whether the customer asks for the same thing
   * @param alike how many more of the nearest conversations were answered much the same way
   */
  public record Why(String intent, boolean sameIntent, int alike) {}
}
