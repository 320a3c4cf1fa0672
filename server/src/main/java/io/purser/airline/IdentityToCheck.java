package io.purser.airline;

/**
 * Why Purser cannot tell that the conversation's customer is the booking's passenger: the agent
 * must say how they checked before changing the booking from the conversation.
 *
 * @param why which case it is, for a console to put in the agent's language
 * @param words the reason in the airline module's own words, as the API and the audit trail say it
 */
public record IdentityToCheck(Why why, String words) {

  public enum Why {
    /** The conversation is not one of the workspace's. */
    NO_CONVERSATION,
    /** The customer gave the record locator neither in a message nor on an image here. */
    LOCATOR_NOT_GIVEN,
    /** No passenger of the booking bears the customer's profile name. */
    NO_PASSENGER_NAMED
  }
}
