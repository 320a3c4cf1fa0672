package io.purser.demo;

import io.purser.demo.sandbox.SandboxLedger;
import io.purser.replay.ReplaySource;
import io.purser.replay.ReplayTweet;
import io.purser.replay.XWebhookReplayer;
import io.purser.workspace.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays real airline tweets and threads: a first burst, then one post at a steady pace, for as long
 * as the demo runs. Threads go through the signed X webhook as they happened; of the single posts,
 * one in two is played on one of Meta's channels in turn ({@link MetaTraffic}), so the console
 * shows every network.
 */
class DemoTraffic implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(DemoTraffic.class);

  private final XWebhookReplayer replayer;
  private final DemoSettings settings;
  private final SandboxLedger ledger;
  private final MetaTraffic meta;

  DemoTraffic(
      XWebhookReplayer replayer, MetaTraffic meta, DemoSettings settings, SandboxLedger ledger) {
    this.replayer = replayer;
    this.meta = meta;
    this.settings = settings;
    this.ledger = ledger;
  }

  /**
   * Whether a post is played on a Meta channel: a customer's post that answers nothing and that
   * nothing answers (a thread stays on X, where it happened), one in two, and not an empty one.
   */
  static boolean onMeta(ReplayTweet post, int single, Set<String> answered) {
    return !post.fromBrand()
        && post.inReplyToId() == null
        && !answered.contains(post.id())
        && single % 2 == 1
        && !MetaTraffic.words(post.text()).isEmpty();
  }

  /** Real threads and single tweets, in turn. */
  List<ReplayTweet> posts() {
    var data = Path.of(settings.data());
    var tweets = data.resolve("airline-sentiment/Tweets.csv");
    var threads = data.resolve("twcs-threads/airline_threads.csv");
    if (!Files.isRegularFile(tweets) || !Files.isRegularFile(threads)) {
      log.info("Demo traffic: {} not found, replaying the bundled sample", settings.data());
      return ReplaySource.bundledSamples();
    }
    var thread = ReplaySource.read(threads);
    var singles = new ArrayList<>(ReplaySource.read(tweets));
    singles.sort(Comparator.comparing(ReplayTweet::createdAt));
    // One of each in turn, each in its own order: threads show brand replies and follow-ups, the
    // single posts (half of them on Meta's channels) show every network from the first minute.
    var posts = new ArrayList<ReplayTweet>(thread.size() + singles.size());
    for (int t = 0, s = 0; t < thread.size() || s < singles.size(); ) {
      if (t < thread.size()) {
        posts.add(thread.get(t++));
      }
      if (s < singles.size()) {
        posts.add(singles.get(s++));
      }
    }
    return posts;
  }

  /** The demo shows traffic arriving live, so each post is dated when it is sent. */
  private static ReplayTweet arrivingNow(ReplayTweet post) {
    return new ReplayTweet(
        post.id(),
        post.authorId(),
        post.handle(),
        post.name(),
        post.text(),
        post.inReplyToId(),
        Instant.now(),
        post.fromBrand());
  }

  @Override
  public void run() {
    var posts = posts();
    var answered = new HashSet<String>();
    posts.forEach(p -> answered.add(p.inReplyToId()));
    var channels = MetaTraffic.Channel.values();
    int singles = 0;
    int onMeta = 0;
    try {
      for (int i = 0; i < posts.size() && !Thread.currentThread().isInterrupted(); i++) {
        var post = posts.get(i);
        boolean single =
            !post.fromBrand() && post.inReplyToId() == null && !answered.contains(post.id());
        if (single && onMeta(post, singles++, answered)) {
          meta.play(post, channels[onMeta++ % channels.length]);
        } else if (!post.fromBrand()) {
          // So the sandbox can answer as this customer when a reply reaches them.
          ledger.heard(
              Network.X,
              post.id(),
              new SandboxLedger.Customer(post.authorId(), post.handle(), post.name()));
          replayer.deliver(arrivingNow(post));
        } else {
          replayer.deliver(arrivingNow(post));
        }
        if (i >= settings.burst()) {
          Thread.sleep(settings.pace().toMillis());
        }
      }
      log.info("Demo traffic: all {} posts replayed", posts.size());
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }
}
