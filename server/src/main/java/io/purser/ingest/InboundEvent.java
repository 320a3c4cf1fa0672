package io.purser.ingest;

import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;

/**
 * One thing a network told us in a webhook delivery, normalised. A delivery may carry several
 * events, for several of the brand's accounts. Every event names the network and the brand's
 * account it was delivered for ({@code for_user_id}, the X Activity filter user, {@code
 * entry[].id}), so the pipeline can route it to a workspace.
 */
public sealed interface InboundEvent {

  Network network();

  /** The brand's own account on the network: X user id, page id, Instagram id, WABA id. */
  String accountExternalId();

  /**
   * A person (or the brand itself) on a network. Ids are always strings ({@code id_str}).
   *
   * @param followers the audience the network reports for the author (X {@code followers_count}), 0
   *     when unknown
   */
  record Party(String externalId, String handle, String displayName, long followers) {

    public Party(String externalId, String handle, String displayName) {
      this(externalId, handle, displayName, 0);
    }
  }

  /** A file attached to a message: image, video, audio, document, location, sticker, … */
  record Attachment(String type, String url, String caption) {}

  /** Where a message was posted. */
  enum Kind {
    /** A public post: X mention, reply or quote. */
    POST,
    /** A public comment under a Facebook or Instagram post. */
    COMMENT,
    /** A private message: X DM, Messenger, Instagram DM, WhatsApp. */
    DIRECT
  }

  /**
   * A message written by a customer, or by the brand's own account (an echo of what we or another
   * tool posted: {@code fromAccount} is true).
   *
   * @param externalId the network's id of the message: tweet id, DM event id, mid, comment id,
   *     wamid
   * @param author who wrote it
   * @param counterpart for private messages, the other participant (the recipient of an echo, the
   *     brand account for an inbound DM); null for public posts
   * @param inReplyToExternalId the message or post this answers, when the network says so
   * @param threadExternalId the network's thread: X {@code conversation_id}, the Facebook post id
   *     of a comment, the Instagram media id; null when none
   * @param echoKey for an echo of the brand's own message, what the sender attached to find it
   *     again (Messenger's {@code metadata}); null otherwise
   */
  record InboundMessage(
      Network network,
      String accountExternalId,
      String externalId,
      Kind kind,
      Party author,
      Party counterpart,
      boolean fromAccount,
      String text,
      String inReplyToExternalId,
      String threadExternalId,
      Instant createdAt,
      List<Attachment> attachments,
      String echoKey)
      implements InboundEvent {

    public InboundMessage {
      attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A message with no echo key: every customer message, and most echoes. */
    public InboundMessage(
        Network network,
        String accountExternalId,
        String externalId,
        Kind kind,
        Party author,
        Party counterpart,
        boolean fromAccount,
        String text,
        String inReplyToExternalId,
        String threadExternalId,
        Instant createdAt,
        List<Attachment> attachments) {
      this(
          network,
          accountExternalId,
          externalId,
          kind,
          author,
          counterpart,
          fromAccount,
          text,
          inReplyToExternalId,
          threadExternalId,
          createdAt,
          attachments,
          null);
    }

    public boolean isPublic() {
      return kind != Kind.DIRECT;
    }
  }

  /** The author edited a message we have (Facebook comment edit, X edit). */
  record MessageEdited(
      Network network, String accountExternalId, String externalId, String text, Instant at)
      implements InboundEvent {}

  /** A message was deleted by its author, removed or hidden (or un-hidden) by the page. */
  record MessageRemoved(
      Network network, String accountExternalId, String externalId, Removal removal, Instant at)
      implements InboundEvent {

    public enum Removal {
      DELETED,
      HIDDEN,
      UNHIDDEN
    }
  }

  /**
   * The network reports on messages we sent: sent, delivered, read, or failed. Either names the
   * messages ({@code externalIds}) or, as Messenger does, everything sent to {@code
   * recipientExternalId} up to {@code watermark}.
   */
  record DeliveryUpdate(
      Network network,
      String accountExternalId,
      List<String> externalIds,
      String recipientExternalId,
      Instant watermark,
      DeliveryStatus status,
      String error,
      Instant at)
      implements InboundEvent {

    public DeliveryUpdate {
      externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    }
  }

  /** How far a message we sent has got. */
  enum DeliveryStatus {
    SENT,
    DELIVERED,
    READ,
    FAILED
  }

  /**
   * Attention that needs no answer: a like, a follow or unfollow, a reaction, typing, a Page
   * rating, a post the page itself published. Recorded for reporting, never a conversation.
   */
  record Engagement(
      Network network,
      String accountExternalId,
      String kind,
      Party actor,
      String targetExternalId,
      String detail,
      Instant at)
      implements InboundEvent {}

  /** A user revoked the brand app's access, or the network withdrew the subscription. */
  record AccessRevoked(Network network, String accountExternalId, String userExternalId, Instant at)
      implements InboundEvent {}
}
