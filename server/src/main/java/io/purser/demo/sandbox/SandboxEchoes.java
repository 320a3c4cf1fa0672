package io.purser.demo.sandbox;

import io.purser.demo.DemoSecrets;
import io.purser.demo.DemoSettings;
import io.purser.replay.MetaWebhookReplayer;
import io.purser.replay.ReplayTweet;
import io.purser.replay.XDeliveries;
import io.purser.replay.XDeliveries.XUser;
import io.purser.replay.XWebhookReplayer;
import io.purser.workspace.Network;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the networks do after a message is sent, played through Purser's real, signed webhooks: the
 * echo of the brand's own message (X: its {@code tweet_create} or {@code direct_message} event;
 * Messenger and Instagram: the page's {@code is_echo} message; Facebook and Instagram: the comment
 * change; WhatsApp, which sends no echoes: the {@code sent} and {@code delivered} statuses, and
 * Messenger's {@code delivery} report too), a moment after the answer. And now and then — one reply
 * in {@code purser.demo.follow-up-one-in}, chosen by a seeded random — the customer answers a few
 * seconds later with a short follow-up.
 */
@Component
@Profile("demo")
class SandboxEchoes {

  private static final Logger log = LoggerFactory.getLogger(SandboxEchoes.class);

  /** How long after the API's answer the network's echo arrives. */
  static final Duration ECHO_AFTER = Duration.ofSeconds(1);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What a customer writes back: thanks, still waiting, or one more question. */
  static final List<String> FOLLOW_UPS =
      List.of(
          "Thanks, that's really helpful!",
          "Thank you, all sorted now.",
          "Still waiting on this one, any news?",
          "Ok thanks. One more question: can I still take a checked bag on the new flight?",
          "Great, and will I get a new boarding pass by email?",
          "Thanks! Do I need to do anything at the airport?");

  private final DemoSettings settings;
  private final DemoSecrets secrets;
  private final SandboxLedger ledger;
  private final Random random;
  private final ScheduledExecutorService later =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            var thread = new Thread(r, "demo-sandbox-echoes");
            thread.setDaemon(true);
            return thread;
          });
  private volatile XWebhookReplayer x;
  private volatile MetaWebhookReplayer meta;

  SandboxEchoes(DemoSettings settings, DemoSecrets secrets, SandboxLedger ledger) {
    this.settings = settings;
    this.secrets = secrets;
    this.ledger = ledger;
    this.random = new Random(settings.seed());
  }

  /** The webhooks are on the demo's own port, known once the server listens. */
  @EventListener
  void on(WebServerInitializedEvent started) {
    var base = "http://localhost:" + started.getWebServer().getPort();
    var http = XWebhookReplayer.httpClient();
    x = new XWebhookReplayer(base, secrets.xConsumerSecret(), settings.xAccountId(), http);
    meta = new MetaWebhookReplayer(base, secrets.metaAppSecret(), http);
  }

  void sent(Sent message) {
    sent(message, null);
  }

  /** Plays the network's answer to a message it took; {@code metadata} as Messenger echoes it. */
  void sent(Sent message, String metadata) {
    later.schedule(
        () -> deliver("echo", message, () -> echo(message, metadata)),
        ECHO_AFTER.toMillis(),
        TimeUnit.MILLISECONDS);
    if (answers()) {
      later.schedule(
          () -> deliver("follow-up", message, () -> followUp(message)),
          settings.followUpAfter().toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private synchronized boolean answers() {
    return settings.followUpOneIn() > 0 && random.nextInt(settings.followUpOneIn()) == 0;
  }

  private synchronized String followUpText() {
    return FOLLOW_UPS.get(random.nextInt(FOLLOW_UPS.size()));
  }

  private interface Play {
    void run() throws InterruptedException;
  }

  private static void deliver(String what, Sent message, Play play) {
    try {
      play.run();
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException failed) {
      log.warn(
          "Demo sandbox: the {} of {} {} failed", what, message.network(), message.id(), failed);
    }
  }

  private void echo(Sent m, String metadata) throws InterruptedException {
    int status =
        switch (m.network()) {
          case X -> "post".equals(m.kind()) ? x.deliver(xPost(m)) : x.deliver(xDirectMessage(m));
          case FACEBOOK, INSTAGRAM ->
              "comment".equals(m.kind())
                  ? meta.deliver(commentEcho(m))
                  : messengerEcho(m, metadata);
          case WHATSAPP -> whatsAppStatuses(m);
        };
    check("echo", m, status);
  }

  private void check(String what, Sent m, int status) {
    if (status != 200) {
      log.warn("Demo sandbox: the webhook answered {} to the {} of {}", status, what, m.id());
    }
  }

  private byte[] xPost(Sent m) {
    var author = ledger.authorOf(Network.X, m.inReplyTo());
    var text = author.map(a -> "@" + a.handle() + " " + m.text()).orElse(m.text());
    return XDeliveries.tweetCreate(
        m.account(),
        new ReplayTweet(
            m.id(), m.account(), "DemoAir", "Demo Air", text, m.inReplyTo(), m.at(), true));
  }

  private byte[] xDirectMessage(Sent m) {
    return XDeliveries.directMessage(
        m.account(), m.id(), m.at(), brandOnX(m), xCustomer(m.recipient()), m.text());
  }

  private static XUser brandOnX(Sent m) {
    return new XUser(m.account(), "DemoAir", "Demo Air");
  }

  private XUser xCustomer(String id) {
    return ledger
        .customer(Network.X, id)
        .map(c -> new XUser(c.id(), c.handle(), c.name()))
        .orElse(new XUser(id, null, null));
  }

  /** Messenger and Instagram: the page's echo; Messenger also reports the message delivered. */
  private int messengerEcho(Sent m, String metadata) throws InterruptedException {
    if (m.recipient() == null) {
      // A private reply to a comment whose author the demo never introduced: nobody to echo to.
      return 200;
    }
    var message = NODES.objectNode();
    message.put("mid", m.id()).put("text", m.text()).put("is_echo", true);
    message.put("app_id", 1517776481860111L);
    if (metadata != null) {
      message.put("metadata", metadata);
    }
    var item = NODES.objectNode();
    item.putObject("sender").put("id", m.account());
    item.putObject("recipient").put("id", m.recipient());
    item.put("timestamp", m.at().toEpochMilli());
    item.set("message", message);
    int status = meta.deliver(messaging(m.network(), m.account(), item));
    if (status != 200 || m.network() != Network.FACEBOOK) {
      return status;
    }
    var delivery = NODES.objectNode();
    delivery.putObject("sender").put("id", m.recipient());
    delivery.putObject("recipient").put("id", m.account());
    var report = delivery.putObject("delivery");
    report.putArray("mids").add(m.id());
    report.put("watermark", Instant.now().toEpochMilli());
    return meta.deliver(messaging(m.network(), m.account(), delivery));
  }

  private static byte[] messaging(Network network, String account, ObjectNode item) {
    var root = NODES.objectNode();
    root.put("object", network == Network.INSTAGRAM ? "instagram" : "page");
    var entry = root.putArray("entry").addObject();
    entry.put("id", account).put("time", Instant.now().toEpochMilli());
    entry.putArray("messaging").add(item);
    return bytes(root);
  }

  /** The page's own comment, as the feed (Facebook) or comments (Instagram) field reports it. */
  private byte[] commentEcho(Sent m) {
    var root = NODES.objectNode();
    var entry = root.putArray("entry").addObject();
    entry.put("id", m.account()).put("time", m.at().getEpochSecond());
    var change = entry.putArray("changes").addObject();
    if (m.network() == Network.INSTAGRAM) {
      root.put("object", "instagram");
      change.put("field", "comments");
      var value = change.putObject("value");
      value.putObject("from").put("id", m.account()).put("username", "demoair");
      value.put("id", m.id()).put("parent_id", m.inReplyTo()).put("text", m.text());
    } else {
      root.put("object", "page");
      change.put("field", "feed");
      var value = change.putObject("value");
      value.put("item", "comment").put("verb", "add").put("comment_id", m.id());
      if (m.inReplyTo().contains("_")) {
        var post = m.inReplyTo().substring(0, m.inReplyTo().indexOf('_'));
        value.put("post_id", m.account() + "_" + post);
      }
      value.put("parent_id", m.inReplyTo());
      value.putObject("from").put("id", m.account()).put("name", "Demo Air");
      value.put("created_time", m.at().getEpochSecond()).put("message", m.text());
    }
    return bytes(root);
  }

  /** WhatsApp echoes nothing: it reports the message sent, then delivered. */
  private int whatsAppStatuses(Sent m) throws InterruptedException {
    int status = meta.deliver(whatsApp(m, "statuses", status(m, "sent")));
    return status != 200 ? status : meta.deliver(whatsApp(m, "statuses", status(m, "delivered")));
  }

  private static ObjectNode status(Sent m, String status) {
    var node = NODES.objectNode();
    node.put("id", m.id()).put("status", status);
    node.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
    node.put("recipient_id", m.recipient());
    node.putObject("conversation")
        .put("id", Integer.toHexString(m.recipient().hashCode()))
        .putObject("origin")
        .put("type", "service");
    return node;
  }

  private byte[] whatsApp(Sent m, String field, ObjectNode item) {
    var root = NODES.objectNode();
    root.put("object", "whatsapp_business_account");
    var entry = root.putArray("entry").addObject();
    entry.put("id", settings.whatsAppAccountId());
    var change = entry.putArray("changes").addObject();
    var value = change.putObject("value");
    value.put("messaging_product", "whatsapp");
    value
        .putObject("metadata")
        .put("display_phone_number", "15550100100")
        .put("phone_number_id", m.account());
    if ("messages".equals(field)) {
      var customer = ledger.customer(Network.WHATSAPP, item.path("from").asString());
      var contact = value.putArray("contacts").addObject();
      contact
          .putObject("profile")
          .put("name", customer.map(SandboxLedger.Customer::name).orElse(m.recipient()));
      contact.put("wa_id", m.recipient());
    }
    value.putArray(field).add(item);
    change.put("field", "messages");
    return bytes(root);
  }

  /** The customer's short answer, through the webhook, as the network would deliver it. */
  private void followUp(Sent m) throws InterruptedException {
    var text = followUpText();
    var at = Instant.now();
    int status =
        switch (m.network()) {
          case X -> "post".equals(m.kind()) ? xReplyTo(m, text, at) : xAnswer(m, text, at);
          case FACEBOOK, INSTAGRAM -> "comment".equals(m.kind()) ? 200 : metaAnswer(m, text, at);
          case WHATSAPP -> whatsAppAnswer(m, text, at);
        };
    check("follow-up", m, status);
  }

  private int xReplyTo(Sent m, String text, Instant at) throws InterruptedException {
    var author = ledger.authorOf(Network.X, m.inReplyTo()).orElse(null);
    if (author == null) {
      return 200;
    }
    var id = NetworkIds.x();
    ledger.heard(Network.X, id, author);
    return x.deliver(
        XDeliveries.tweetCreate(
            m.account(),
            new ReplayTweet(
                id,
                author.id(),
                author.handle(),
                author.name(),
                "@DemoAir " + text,
                m.id(),
                at,
                false)));
  }

  private int xAnswer(Sent m, String text, Instant at) throws InterruptedException {
    var customer = xCustomer(m.recipient());
    if (customer.handle() == null) {
      return 200;
    }
    return x.deliver(
        XDeliveries.directMessage(m.account(), NetworkIds.x(), at, customer, brandOnX(m), text));
  }

  private int metaAnswer(Sent m, String text, Instant at) throws InterruptedException {
    if (m.recipient() == null) {
      return 200;
    }
    var item = NODES.objectNode();
    item.putObject("sender").put("id", m.recipient());
    item.putObject("recipient").put("id", m.account());
    item.put("timestamp", at.toEpochMilli());
    item.putObject("message").put("mid", NetworkIds.mid()).put("text", text);
    return meta.deliver(messaging(m.network(), m.account(), item));
  }

  private int whatsAppAnswer(Sent m, String text, Instant at) throws InterruptedException {
    var item = NODES.objectNode();
    item.put("from", m.recipient()).put("id", NetworkIds.wamid());
    item.put("timestamp", Long.toString(at.getEpochSecond())).put("type", "text");
    item.putObject("text").put("body", text);
    return meta.deliver(whatsApp(m, "messages", item));
  }

  private static byte[] bytes(ObjectNode root) {
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }
}
