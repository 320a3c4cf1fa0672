package io.purser.ingest.routing;

import io.purser.conversation.MessageRecording;
import io.purser.conversation.NewMessage;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.AccessRevoked;
import io.purser.ingest.InboundEvent.DeliveryUpdate;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.MessageEdited;
import io.purser.ingest.InboundEvent.MessageRemoved;
import io.purser.workspace.ChannelAccount;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Hands each normalised event to the module that owns it, in the workspace that registered the
 * account it was delivered for. Events for unknown accounts are kept as unroutable.
 */
@Component
public class InboundEventRouter {

  private static final int LONGEST_ERROR = 2000;

  private final WorkspaceManagement workspaces;
  private final MessageRecording conversations;
  private final MessagePreparation preparation;
  private final Engagements engagements;
  private final UnroutableEvents unroutable;
  private final Clock clock;

  InboundEventRouter(
      WorkspaceManagement workspaces,
      MessageRecording conversations,
      MessagePreparation preparation,
      Engagements engagements,
      UnroutableEvents unroutable,
      Clock clock) {
    this.workspaces = workspaces;
    this.conversations = conversations;
    this.preparation = preparation;
    this.engagements = engagements;
    this.unroutable = unroutable;
    this.clock = clock;
  }

  /**
   * Routes the events of a batch of deliveries, in order. Messages are gathered and recorded
   * together ({@link MessageRecording#recordAll}, set-based); any other event first records the
   * messages gathered before it, so every event still sees the ones that came before it.
   */
  public final class Batch {

    private final List<NewMessage> messages = new ArrayList<>();
    private final Set<String> brandMessages = new HashSet<>();

    public void route(long inboxEventId, InboundEvent event) {
      var account = workspaces.findAccount(event.network(), event.accountExternalId());
      if (account.isEmpty()) {
        unroutable.record(inboxEventId, event.network(), event.accountExternalId(), typeOf(event));
        return;
      }
      if (event instanceof InboundMessage m) {
        long ws = account.get().workspaceId();
        // Triage asks whether a reply answers the brand's own post: let that post be stored first.
        if (m.inReplyToExternalId() != null
            && brandMessages.contains(key(ws, m.network(), m.inReplyToExternalId()))) {
          flush();
        }
        messages.add(preparation.prepare(account.get(), m, clock.instant()));
        if (m.fromAccount() && m.externalId() != null) {
          brandMessages.add(key(ws, m.network(), m.externalId()));
        }
        return;
      }
      flush();
      routeOther(account.get(), event);
    }

    /** Records the messages gathered so far. */
    public void flush() {
      if (!messages.isEmpty()) {
        conversations.recordAll(List.copyOf(messages));
        messages.clear();
        brandMessages.clear();
      }
    }

    private static String key(long workspaceId, Network network, String externalId) {
      return workspaceId + ":" + network.wireName() + ":" + externalId;
    }
  }

  public Batch batch() {
    return new Batch();
  }

  private void routeOther(ChannelAccount account, InboundEvent event) {
    var now = clock.instant();
    var ws = account.workspaceId();
    if (event instanceof MessageEdited e) {
      conversations.edit(
          ws, e.network(), e.externalId(), preparation.mask(ws, e.text()), orNow(e.at(), now));
    } else if (event instanceof MessageRemoved r) {
      conversations.remove(
          ws, r.network(), r.externalId(), r.removal().name().toLowerCase(Locale.ROOT));
    } else if (event instanceof DeliveryUpdate d) {
      deliver(account, d);
    } else if (event instanceof Engagement e) {
      engagements.record(ws, e, now);
    } else if (event instanceof AccessRevoked r) {
      engagements.record(
          ws,
          new Engagement(
              r.network(),
              r.accountExternalId(),
              "access_revoked",
              new InboundEvent.Party(r.userExternalId(), null, null),
              r.accountExternalId(),
              null,
              r.at()),
          now);
    }
  }

  private void deliver(ChannelAccount account, DeliveryUpdate d) {
    var status = d.status().name().toLowerCase(Locale.ROOT);
    if (!d.externalIds().isEmpty()) {
      conversations.applyDeliveryReport(
          account.workspaceId(), d.network(), d.externalIds(), status, cut(d.error()));
    }
    if (d.watermark() != null && d.recipientExternalId() != null) {
      conversations.applyDeliveryWatermark(
          account.workspaceId(), d.network(), d.recipientExternalId(), d.watermark(), status);
    }
  }

  /** The network's error as {@code message.delivery_error} holds it (2,000 characters). */
  private static String cut(String error) {
    if (error == null || error.length() <= LONGEST_ERROR) {
      return error;
    }
    int end = LONGEST_ERROR;
    if (Character.isHighSurrogate(error.charAt(end - 1))) {
      end--;
    }
    return error.substring(0, end);
  }

  private static Instant orNow(Instant at, Instant now) {
    return at == null ? now : at;
  }

  static String typeOf(InboundEvent event) {
    return event.getClass().getSimpleName();
  }
}
