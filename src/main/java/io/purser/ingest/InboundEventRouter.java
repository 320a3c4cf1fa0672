package io.purser.ingest;

import io.purser.conversation.ConversationManagement;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Hands each normalised event to the module that owns it, in the workspace that registered the
 * account it was delivered for. Events for unknown accounts are kept as unroutable.
 */
@Component
class InboundEventRouter {

  private final WorkspaceManagement workspaces;
  private final ConversationManagement conversations;
  private final MessagePreparation preparation;
  private final Engagements engagements;
  private final UnroutableEvents unroutable;
  private final Clock clock;

  InboundEventRouter(
      WorkspaceManagement workspaces,
      ConversationManagement conversations,
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

  /** Looks up which messages among these events are stored already: one query per workspace. */
  KnownMessages lookUp(List<InboundEvent> events) {
    var wanted = new HashMap<Long, Map<Network, List<String>>>();
    for (var event : events) {
      if (event instanceof InboundMessage m && m.externalId() != null) {
        workspaces
            .findAccount(m.network(), m.accountExternalId())
            .ifPresent(
                account ->
                    wanted
                        .computeIfAbsent(account.workspaceId(), ws -> new EnumMap<>(Network.class))
                        .computeIfAbsent(m.network(), n -> new ArrayList<>())
                        .add(m.externalId()));
      }
    }
    var stored = new HashSet<String>();
    wanted.forEach(
        (ws, byNetwork) ->
            byNetwork.forEach(
                (network, ids) ->
                    conversations
                        .storedExternalIds(ws, network, ids)
                        .forEach(id -> stored.add(KnownMessages.key(ws, network, id)))));
    return new KnownMessages(stored);
  }

  void route(long inboxEventId, InboundEvent event, KnownMessages known) {
    var account = workspaces.findAccount(event.network(), event.accountExternalId());
    if (account.isEmpty()) {
      unroutable.record(inboxEventId, event.network(), event.accountExternalId(), typeOf(event));
      return;
    }
    var now = clock.instant();
    var ws = account.get().workspaceId();
    if (event instanceof InboundMessage m) {
      switch (known.of(ws, m.network(), m.externalId())) {
        case STORED -> {}
        case NEW -> conversations.recordNew(preparation.prepare(account.get(), m, now));
        case CHECK -> conversations.record(preparation.prepare(account.get(), m, now));
      }
    } else if (event instanceof MessageEdited e) {
      conversations.edit(
          ws, e.network(), e.externalId(), preparation.mask(ws, e.text()), orNow(e.at(), now));
    } else if (event instanceof MessageRemoved r) {
      conversations.remove(
          ws, r.network(), r.externalId(), r.removal().name().toLowerCase(Locale.ROOT));
    } else if (event instanceof DeliveryUpdate d) {
      deliver(account.get(), d);
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
          account.workspaceId(), d.network(), d.externalIds(), status, d.error());
    }
    if (d.watermark() != null && d.recipientExternalId() != null) {
      conversations.applyDeliveryWatermark(
          account.workspaceId(), d.network(), d.recipientExternalId(), d.watermark(), status);
    }
  }

  private static Instant orNow(Instant at, Instant now) {
    return at == null ? now : at;
  }

  static String typeOf(InboundEvent event) {
    return event.getClass().getSimpleName();
  }
}
