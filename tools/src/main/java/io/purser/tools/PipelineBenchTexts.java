package io.purser.tools;

import io.purser.replay.AirlineTweet;
import io.purser.replay.TweetCsv;
import java.nio.file.Files;
import java.util.List;

/** The real airline tweets the benchmarks draw their texts from. */
final class PipelineBenchTexts {

  private PipelineBenchTexts() {}

  static List<String> load() {
    var tweets =
        Files.isRegularFile(PipelineBenchCommand.SHARED_TWEETS)
            ? TweetCsv.read(PipelineBenchCommand.SHARED_TWEETS)
            : TweetCsv.readBundledSample();
    return tweets.stream().map(AirlineTweet::text).toList();
  }
}
