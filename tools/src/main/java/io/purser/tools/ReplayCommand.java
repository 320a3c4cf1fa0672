package io.purser.tools;

import io.purser.replay.ReplaySource;
import io.purser.replay.XWebhookReplayer;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code ./purser replay --file CSV --to URL [--speed X] [--secret S] [--account ID] [--limit N]
 * [--json]}: feeds a dataset through a running server's X webhook, signed, at the dataset's own
 * pace times {@code --speed}.
 */
public final class ReplayCommand {

  /** The X account id deliveries are addressed to unless {@code --account} names another. */
  public static final String DEFAULT_ACCOUNT = "1000000001";

  static final String USAGE =
      """
      Usage: purser replay --file CSV --to URL [--speed X] [--secret S] [--account ID] [--limit N] [--json]
        --file     Tweets.csv or airline_threads.csv (default: the sample bundled in the jar)
        --to       the server's base URL, e.g. http://localhost:8080
        --speed    how many times faster than real time (default 60; 0 = as fast as possible)
        --secret   the X consumer secret (default: $PURSER_X_CONSUMER_SECRET)
        --account  the X account id the deliveries are for (default %s; register it first)
        --limit    send only the first N posts
      """
          .formatted(DEFAULT_ACCOUNT);

  private ReplayCommand() {}

  public static int run(String[] args) {
    try {
      var options =
          CommandOptions.parse(
              args, Set.of("file", "to", "speed", "secret", "account", "limit"), Set.of("json"));
      return replay(options);
    } catch (CommandOptions.UsageException | IllegalArgumentException e) {
      System.err.print(e.getMessage() + "\n" + USAGE);
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private static int replay(CommandOptions options) throws InterruptedException {
    var to = options.text("to", null);
    var secret = options.text("secret", System.getenv("PURSER_X_CONSUMER_SECRET"));
    if (to == null || secret == null || secret.isBlank()) {
      throw new CommandOptions.UsageException("--to and a consumer secret are required");
    }
    var file = options.text("file", null);
    var posts = ReplaySource.read(file == null ? null : Path.of(file));
    int limit = options.integer("limit", posts.size());
    posts = posts.subList(0, Math.min(limit, posts.size()));
    var replayer =
        new XWebhookReplayer(
            to, secret, options.text("account", DEFAULT_ACCOUNT), XWebhookReplayer.httpClient());
    var pacer = new ReplayPacer(options.number("speed", 60));
    var tally = new ReplayTally();
    for (var post : posts) {
      pacer.awaitTurn(post.createdAt());
      tally.count(replayer.deliver(post));
      if (tally.sent() % 500 == 0) {
        System.err.println(tally.summary());
      }
    }
    System.out.println(tally.summary());
    if (options.flag("json")) {
      System.out.println(tally.json(file == null ? "bundled sample" : file));
    }
    return tally.allAcknowledged() ? 0 : 1;
  }
}
