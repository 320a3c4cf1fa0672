package io.purser.demo;

import io.purser.replay.ReplaySource;
import io.purser.replay.ReplayTweet;
import io.purser.replay.XWebhookReplayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays real airline tweets and threads through the signed X webhook: a first burst, then one post
 * at a steady pace, for as long as the demo runs.
 */
class DemoTraffic implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(DemoTraffic.class);

  private final XWebhookReplayer replayer;
  private final DemoSettings settings;

  DemoTraffic(XWebhookReplayer replayer, DemoSettings settings) {
    this.replayer = replayer;
    this.settings = settings;
  }

  /** Real threads first (they show brand replies and follow-ups), then single tweets. */
  List<ReplayTweet> posts() {
    var data = Path.of(settings.data());
    var tweets = data.resolve("airline-sentiment/Tweets.csv");
    var threads = data.resolve("twcs-threads/airline_threads.csv");
    if (!Files.isRegularFile(tweets) || !Files.isRegularFile(threads)) {
      log.info("Demo traffic: {} not found, replaying the bundled sample", settings.data());
      return ReplaySource.bundledSamples();
    }
    var posts = new ArrayList<ReplayTweet>(ReplaySource.read(threads));
    var singles = new ArrayList<>(ReplaySource.read(tweets));
    singles.sort(Comparator.comparing(ReplayTweet::createdAt));
    posts.addAll(singles);
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
    try {
      for (int i = 0; i < posts.size() && !Thread.currentThread().isInterrupted(); i++) {
        replayer.deliver(arrivingNow(posts.get(i)));
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
