package io.purser.conversation;

import io.purser.triage.TriageResult;
import io.purser.workspace.Network;
import java.time.Instant;

/**
 * A message arriving from a network, to be threaded into its customer's conversation.
 *
 * @param fromBrand written by the brand's own account (an echo of a reply, a post)
 * @param counterpartExternalId the other participant of a private message: for a message from the
 *     brand the customer it was sent to, for a customer's message the brand's side (page, business
 *     phone number id); null for public posts
 * @param kind post, comment or direct
 * @param triageJson the triage result as JSON, stored with the message
 * @param triage the same result, for the modules that act on it (routing, SLA); null when the
 *     message was not triaged (a message of the brand)
 * @param authorFollowers the author's audience as the network reports it, 0 when unknown
 * @param echoKey for an echo of our own reply, the key we sent with it (Messenger {@code
 *     metadata}); null otherwise
 */
public record NewMessage(
    long workspaceId,
    long channelAccountId,
    Network network,
    String externalId,
    String kind,
    boolean isPublic,
    boolean fromBrand,
    String authorExternalId,
    String authorHandle,
    String authorName,
    String counterpartExternalId,
    String text,
    String attachmentsJson,
    String inReplyToExternalId,
    String threadExternalId,
    Instant createdAt,
    Instant receivedAt,
    String triageJson,
    TriageResult triage,
    long authorFollowers,
    String echoKey) {}
