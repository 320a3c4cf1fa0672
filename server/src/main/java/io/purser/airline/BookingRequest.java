package io.purser.airline;

/**
 * A booking asked for from a conversation: the agent's workspace and conversation, the record
 * locator, and the passenger's last name when the customer did not write the locator there.
 *
 * @param lastName null or blank when not given
 */
public record BookingRequest(
    long workspaceId, long conversationId, String recordLocator, String lastName) {}
