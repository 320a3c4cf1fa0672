package io.purser.reply;

import io.purser.workspace.Network;

/**
 * One reply ready to leave through a network's API, as read from the outbox.
 *
 * @param outboxId our outbox row; stable across retries
 * @param idempotencyKey the same for every attempt of this reply, so a network or proxy that
 *     honours it never posts twice
 * @param accountExternalId the brand's account the reply is sent from (X user id, page id,
 *     Instagram id, WhatsApp phone number id)
 * @param accessToken the account's API token (OAuth 2.0 user token for X, page access token for
 *     Meta); never logged
 * @param recipientExternalId who receives a private reply: X participant id, PSID, IGSID, WhatsApp
 *     number; null for public replies
 * @param inReplyToExternalId the customer's message this answers: tweet id, comment id, wamid
 * @param text what the agent wrote, already checked against the network's rules
 * @param humanAgentTag Meta only: send with the {@code HUMAN_AGENT} tag (outside the 24-hour
 *     window, inside 7 days)
 */
public record OutboundMessage(
    long outboxId,
    String idempotencyKey,
    Network network,
    Delivery delivery,
    String accountExternalId,
    String accessToken,
    String recipientExternalId,
    String inReplyToExternalId,
    String text,
    boolean humanAgentTag) {

  /** What every echo key starts with, so keys other tools attach are never mistaken for ours. */
  public static final String ECHO_KEY_PREFIX = "purser:";

  /**
   * A key for networks that echo a developer-defined string back with the brand's own message
   * (Messenger's {@code metadata}): the echo then names this reply exactly, whatever its text.
   */
  public String echoKey() {
    return ECHO_KEY_PREFIX + idempotencyKey;
  }

  /** How the reply travels. */
  public enum Delivery {
    /** X: a public reply post ({@code POST /2/tweets} with {@code reply.in_reply_to_tweet_id}). */
    PUBLIC_POST,
    /** Facebook or Instagram: a public reply to a comment. */
    PUBLIC_COMMENT,
    /** X DM, Messenger, Instagram DM, WhatsApp message. */
    PRIVATE_MESSAGE,
    /** Facebook or Instagram: a private message in answer to a public comment. */
    PRIVATE_REPLY_TO_COMMENT
  }

  @Override
  public String toString() {
    return "OutboundMessage[outboxId=%d, network=%s, delivery=%s, account=%s]"
        .formatted(outboxId, network, delivery, accountExternalId);
  }
}
