package io.purser.demo;

import io.purser.demo.sandbox.SandboxLedger;
import io.purser.replay.MetaDeliveries;
import io.purser.replay.MetaDeliveries.MetaUser;
import io.purser.replay.MetaWebhookReplayer;
import io.purser.replay.ReplayTweet;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo's Meta customers: a real customer's words (from the airline datasets) played on one of
 * Meta's channels, turn by turn — a comment under the page's post, a Messenger message, a comment
 * under the Instagram post, an Instagram direct message, a WhatsApp message — through the signed
 * {@code /webhooks/meta}, in the shapes of the wire fixtures. The @mention of the airline the tweet
 * began with is dropped: on these channels the customer is already talking to the brand.
 */
final class MetaTraffic {

  /** The page's post and the Instagram media the demo's customers comment on. */
  static final String PAGE_POST_ID = "901097836652708";

  static final String INSTAGRAM_MEDIA_ID = "17900000000000001";
  static final String DISPLAY_PHONE_NUMBER = "15550100100";

  enum Channel {
    FACEBOOK_COMMENT,
    MESSENGER,
    INSTAGRAM_COMMENT,
    INSTAGRAM_DIRECT,
    WHATSAPP
  }

  private final MetaWebhookReplayer replayer;
  private final DemoSettings settings;
  private final SandboxLedger ledger;
  private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

  MetaTraffic(MetaWebhookReplayer replayer, DemoSettings settings, SandboxLedger ledger) {
    this.replayer = replayer;
    this.settings = settings;
    this.ledger = ledger;
  }

  /** The customer's words without the airline's @mention in front; empty when nothing is left. */
  static String words(String tweet) {
    return tweet.replaceFirst("^(\\s*@\\w+)+\\s*", "").strip();
  }

  /** Plays the post on the channel; returns the webhook's status. */
  int play(ReplayTweet post, Channel channel) throws InterruptedException {
    var text = words(post.text());
    var name = post.name() == null || post.name().isBlank() ? post.handle() : post.name();
    var at = Instant.now();
    var id = Long.toString(sequence.incrementAndGet());
    return switch (channel) {
      case FACEBOOK_COMMENT -> {
        var author = new MetaUser(personId("6", post), name);
        var comment = "10" + id;
        heard(Network.FACEBOOK, PAGE_POST_ID + "_" + comment, author.id(), post.handle(), name);
        yield replayer.deliver(
            MetaDeliveries.facebookComment(
                settings.facebookPageId(), PAGE_POST_ID, comment, author, text, at));
      }
      case MESSENGER -> {
        var author = new MetaUser(personId("7", post), name);
        var mid = "m_" + opaque(post.id() + id);
        heard(Network.FACEBOOK, mid, author.id(), post.handle(), name);
        yield replayer.deliver(
            MetaDeliveries.directMessage(false, settings.facebookPageId(), mid, author, text, at));
      }
      case INSTAGRAM_COMMENT -> {
        var authorId = personId("5", post);
        var comment = "179" + id;
        var username = username(post);
        heard(Network.INSTAGRAM, comment, authorId, username, username);
        yield replayer.deliver(
            MetaDeliveries.instagramComment(
                settings.instagramAccountId(),
                INSTAGRAM_MEDIA_ID,
                comment,
                username,
                authorId,
                text,
                at));
      }
      case INSTAGRAM_DIRECT -> {
        var author = new MetaUser(personId("4", post), username(post));
        var mid = "aWdf" + opaque(post.id() + id);
        heard(Network.INSTAGRAM, mid, author.id(), author.name(), name);
        yield replayer.deliver(
            MetaDeliveries.directMessage(
                true, settings.instagramAccountId(), mid, author, text, at));
      }
      case WHATSAPP -> {
        var number = "1555" + digits(post, 7);
        var author = new MetaUser(number, name);
        var wamid = "wamid." + Base64.getEncoder().encodeToString((number + id).getBytes());
        heard(Network.WHATSAPP, wamid, number, name, name);
        yield replayer.deliver(
            MetaDeliveries.whatsAppText(
                settings.whatsAppAccountId(),
                settings.whatsAppPhoneNumberId(),
                DISPLAY_PHONE_NUMBER,
                wamid,
                author,
                text,
                at));
      }
    };
  }

  private void heard(Network network, String messageId, String id, String handle, String name) {
    ledger.heard(network, messageId, new SandboxLedger.Customer(id, handle, name));
  }

  /** A stable id for the person on a Meta network: a leading digit, then 15 from their handle. */
  private static String personId(String first, ReplayTweet post) {
    return first + digits(post, 15);
  }

  private static String digits(ReplayTweet post, int count) {
    var seed = post.handle() == null ? post.authorId() : post.handle();
    long hash = Math.abs((long) seed.hashCode() * 2_654_435_761L);
    var digits = String.format(Locale.ROOT, "%019d", hash);
    return digits.substring(digits.length() - count);
  }

  private static String username(ReplayTweet post) {
    var handle = post.handle() == null ? "customer" + post.authorId() : post.handle();
    return handle.toLowerCase(Locale.ROOT);
  }

  private static String opaque(String seed) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(seed.getBytes());
  }
}
