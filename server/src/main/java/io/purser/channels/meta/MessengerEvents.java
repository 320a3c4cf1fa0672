package io.purser.channels.meta;

import static io.purser.channels.meta.MetaJson.epochOr;
import static io.purser.channels.meta.MetaJson.id;
import static io.purser.channels.meta.MetaJson.party;
import static io.purser.channels.webhook.WebhookJson.text;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.AccessRevoked;
import io.purser.ingest.InboundEvent.DeliveryStatus;
import io.purser.ingest.InboundEvent.DeliveryUpdate;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.MessageEdited;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One item of an entry's {@code messaging[]} or {@code standby[]} array, for Messenger and
 * Instagram alike (Instagram uses Messenger's shapes). Messages themselves are read by {@link
 * MessengerMessages}; this class dispatches and reads the receipts and notices.
 */
final class MessengerEvents {

  private MessengerEvents() {}

  static void read(
      Network network, String account, JsonNode item, Instant entryTime, List<InboundEvent> out) {
    Instant at = epochOr(item.path("timestamp"), entryTime);
    String sender = id(item.path("sender").path("id"));
    if (item.has("message")) {
      out.add(MessengerMessages.message(network, account, item, at));
    } else if (item.has("postback")) {
      out.add(MessengerMessages.postback(network, account, item, at));
    } else if (item.has("message_edit")) {
      JsonNode edit = item.path("message_edit");
      out.add(new MessageEdited(network, account, text(edit, "mid"), text(edit, "text"), at));
    } else if (item.has("read")) {
      out.add(receipt(network, account, sender, item.path("read"), DeliveryStatus.READ, at));
    } else if (item.has("delivery")) {
      out.add(
          receipt(network, account, sender, item.path("delivery"), DeliveryStatus.DELIVERED, at));
    } else if (item.has("reaction")) {
      out.add(reaction(network, account, sender, item.path("reaction"), at));
    } else {
      notice(network, account, sender, item, at, out);
    }
  }

  /**
   * A read or delivery receipt. Messenger names a watermark (everything sent before it) and, for
   * deliveries, the mids; Instagram's "seen" names one mid.
   */
  private static DeliveryUpdate receipt(
      Network network,
      String account,
      String reader,
      JsonNode receipt,
      DeliveryStatus status,
      Instant at) {
    List<String> mids = new ArrayList<>();
    receipt.path("mids").forEach(mid -> mids.add(mid.asString()));
    if (receipt.has("mid")) {
      mids.add(text(receipt, "mid"));
    }
    Instant watermark = epochOr(receipt.path("watermark"), null);
    Instant when = at != null ? at : watermark;
    return new DeliveryUpdate(network, account, mids, reader, watermark, status, null, when);
  }

  private static InboundEvent reaction(
      Network network, String account, String sender, JsonNode reaction, Instant at) {
    String kind = "unreact".equals(text(reaction, "action")) ? "reaction_removed" : "reaction";
    String emoji = MetaJson.firstText(reaction, "emoji", "reaction");
    return new Engagement(network, account, kind, party(sender), text(reaction, "mid"), emoji, at);
  }

  /**
   * Hand-over and policy notices. A thread-control change only moves the conversation between apps,
   * so it is an engagement; a policy block stops the page from messaging anyone, which is the
   * network withdrawing access (no single user: {@code userExternalId} is null).
   */
  private static void notice(
      Network network,
      String account,
      String sender,
      JsonNode item,
      Instant at,
      List<InboundEvent> out) {
    JsonNode policy = item.has("policy_enforcement") ? item.path("policy_enforcement") : null;
    policy = item.has("policy-enforcement") ? item.path("policy-enforcement") : policy;
    if (policy != null && "block".equals(text(policy, "action"))) {
      out.add(new AccessRevoked(network, account, null, at));
    } else if (policy != null) {
      String kind = "policy_" + text(policy, "action");
      out.add(new Engagement(network, account, kind, null, null, text(policy, "reason"), at));
    } else if (item.has("pass_thread_control")) {
      String owner = text(item.path("pass_thread_control"), "new_owner_app_id");
      out.add(new Engagement(network, account, "thread_passed", party(sender), null, owner, at));
    } else if (item.has("take_thread_control")) {
      String previous = text(item.path("take_thread_control"), "previous_owner_app_id");
      out.add(new Engagement(network, account, "thread_taken", party(sender), null, previous, at));
    }
  }
}
