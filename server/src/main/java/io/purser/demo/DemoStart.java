package io.purser.demo;

import io.purser.replay.XWebhookReplayer;
import org.springframework.beans.factory.annotation.Value;
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
  private final String consumerSecret;
  private Thread traffic;

  DemoStart(
      DemoWorkspace workspace,
      DemoSettings settings,
      DemoStory story,
      @Value("${purser.x.consumer-secret}") String consumerSecret) {
    this.workspace = workspace;
    this.settings = settings;
    this.story = story;
    this.consumerSecret = consumerSecret;
  }

  @EventListener
  void on(ApplicationReadyEvent ready) {
    workspace.create();
    int port =
        ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
    var base = "http://localhost:" + port;
    var replayer =
        new XWebhookReplayer(
            base, consumerSecret, settings.xAccountId(), XWebhookReplayer.httpClient());
    var live = new DemoTraffic(replayer, settings);
    traffic =
        new Thread(
            () -> {
              try {
                story.play(replayer, base);
              } catch (InterruptedException stopped) {
                return;
              } catch (RuntimeException failed) {
                // The demo goes on without its story; the log says why.
                org.slf4j.LoggerFactory.getLogger(DemoStart.class)
                    .warn("Demo story could not be played", failed);
              }
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
            + "  Then real airline tweets arrive through the signed X webhook every %ss.%n"
            + "  The demo database lives in ./data/demo and is reset at every start.%n%n",
        base, DemoWorkspace.PASSWORD, settings.pace().toSeconds());
  }
}
