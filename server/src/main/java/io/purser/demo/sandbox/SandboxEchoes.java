package io.purser.demo.sandbox;

import io.purser.demo.DemoSecrets;
import io.purser.demo.DemoSettings;
import io.purser.replay.MetaDeliveries;
import io.purser.replay.MetaDeliveries.MetaUser;
import io.purser.replay.MetaWebhookReplayer;
import io.purser.replay.ReplayTweet;
import io.purser.replay.XDeliveries;
import io.purser.replay.XDeliveries.XUser;
import io.purser.replay.XWebhookReplayer;
import io.purser.workspace.Network;
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

/**
 * What the networks do after a message is sent, played through Purser's real, signed webhooks: the
 * echo of the brand's own message (X: its {@code tweet_create} or {@code direct_message} event;
 * Messenger and Instagram: the page's {@code is_echo} message; Facebook and Instagram: the comment
 * change; WhatsApp, which sends no echoes: the {@code sent} and {@code delivered} statuses, and
 * Messenger's {@code delivery} report too), a moment after the answer. And now and then — one reply
 * in {@code purser.demo.follow-up-one-in}, chosen by a seeded random — the customer answers a few
 * seconds later with a short follow-up. The deliveries are composed by {@link XDeliveries}, {@link
 * MetaEchoes} and {@link MetaDeliveries}; this class decides what is played when.
 */
@Component
@Profile("demo")
class SandboxEchoes {

  private static final Logger log = LoggerFactory.getLogger(SandboxEchoes.class);

  /** How long after the API's answer the network's echo arrives. */
  static final Duration ECHO_AFTER = Duration.ofSeconds(1);

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

  /** Keeps a message the network took, and plays the network's answer to it. */
  void took(Sent message) {
    ledger.add(message);
    later.schedule(
        () -> deliver("echo", message, () -> echo(message)),
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

  private void echo(Sent m) throws InterruptedException {
    int status =
        switch (m.network()) {
          case X -> "post".equals(m.kind()) ? x.deliver(xPost(m)) : x.deliver(xDirectMessage(m));
          case FACEBOOK, INSTAGRAM ->
              "comment".equals(m.kind()) ? meta.deliver(MetaEchoes.comment(m)) : messengerEcho(m);
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
  private int messengerEcho(Sent m) throws InterruptedException {
    if (m.recipient() == null) {
      // A private reply to a comment whose author the demo never introduced: nobody to echo to.
      return 200;
    }
    int status = meta.deliver(MetaEchoes.message(m));
    if (status != 200 || m.network() != Network.FACEBOOK) {
      return status;
    }
    return meta.deliver(MetaEchoes.delivered(m, Instant.now()));
  }

  /** WhatsApp echoes nothing: it reports the message sent, then delivered. */
  private int whatsAppStatuses(Sent m) throws InterruptedException {
    var waba = settings.whatsAppAccountId();
    int status = meta.deliver(MetaEchoes.whatsAppStatus(m, waba, "sent"));
    return status != 200 ? status : meta.deliver(MetaEchoes.whatsAppStatus(m, waba, "delivered"));
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
    var customer = new MetaUser(m.recipient(), null);
    return meta.deliver(
        MetaDeliveries.directMessage(
            m.network() == Network.INSTAGRAM, m.account(), NetworkIds.mid(), customer, text, at));
  }

  private int whatsAppAnswer(Sent m, String text, Instant at) throws InterruptedException {
    var name = ledger.customer(Network.WHATSAPP, m.recipient()).map(SandboxLedger.Customer::name);
    return meta.deliver(
        MetaDeliveries.whatsAppText(
            settings.whatsAppAccountId(),
            m.account(),
            MetaEchoes.DISPLAY_PHONE_NUMBER,
            NetworkIds.wamid(),
            new MetaUser(m.recipient(), name.orElse(m.recipient())),
            text,
            at));
  }
}
