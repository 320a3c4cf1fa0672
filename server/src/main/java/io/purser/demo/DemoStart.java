package io.purser.demo;

import io.purser.demo.sandbox.SandboxLedger;
import io.purser.replay.MetaWebhookReplayer;
import io.purser.replay.XWebhookReplayer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the demo server is ready: the workspace, the logins on the console, and live traffic. */
@Component
@Profile("demo")
class DemoStart {

  private final DemoWorkspace workspace;
  private final DemoSettings settings;
  private final DemoStory story;
  private final DemoSecrets secrets;
  private final SandboxLedger ledger;
  private Thread traffic;

  DemoStart(
      DemoWorkspace workspace,
      DemoSettings settings,
      DemoStory story,
      DemoSecrets secrets,
      SandboxLedger ledger) {
    this.workspace = workspace;
    this.settings = settings;
    this.story = story;
    this.secrets = secrets;
    this.ledger = ledger;
  }

  @EventListener
  void on(ApplicationReadyEvent ready) {
    workspace.create();
    int port =
        ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
    var base = "http://localhost:" + port;
    var replayer =
        new XWebhookReplayer(
            base, secrets.xConsumerSecret(), settings.xAccountId(), XWebhookReplayer.httpClient());
    var meta =
        new MetaWebhookReplayer(base, secrets.metaAppSecret(), XWebhookReplayer.httpClient());
    var live = new DemoTraffic(replayer, new MetaTraffic(meta, settings, ledger), settings, ledger);
    traffic =
        new Thread(
            () -> {
              try {
                story.play(replayer, base, ledger);
                awaitStoryRouted();
              } catch (InterruptedException stopped) {
                return;
              } catch (RuntimeException failed) {
                // The demo goes on without its story; the log says why.
                org.slf4j.LoggerFactory.getLogger(DemoStart.class)
                    .warn("Demo story could not be played", failed);
              }
              workspace.secondShiftStarts();
              live.run();
            },
            "demo-traffic");
    traffic.setDaemon(true);
    traffic.start();
    System.out.printf(
        "%n  Purser demo is running: %s/login%n"
            + "  Log in as agent, agent2, supervisor or admin with the password '%s' (demo mode"
            + " only).%n"
            + "  First, the seed story: Alex Martin's DM with booking K7M2QX and a screenshot.%n"
            + "  Then real airline posts arrive every %ss: on X, and as Facebook comments,"
            + " Messenger, Instagram and WhatsApp messages through the signed Meta webhook.%n"
            + "  X and Meta are played by the demo's sandbox at %s/demo/sandbox: replies are"
            + " delivered there, echoed back, and now and then the customer answers.%n"
            + "  The demo database lives in ./data/demo and is reset at every start.%n%n",
        base, DemoWorkspace.PASSWORD, settings.pace().toSeconds(), base);
  }

  /**
   * Waits (at most 30 s) until routing has pushed the seed story to the first agent on shift, so
   * that it is in {@code agent}'s own queue when the second agent's shift starts.
   */
  private void awaitStoryRouted() throws InterruptedException {
    for (int i = 0; i < 300 && !workspace.firstAgentIsBusy(); i++) {
      Thread.sleep(100);
    }
  }
}
