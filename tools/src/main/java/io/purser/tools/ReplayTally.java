package io.purser.tools;

import io.purser.replay.XWebhookReplayer;
import tools.jackson.databind.node.JsonNodeFactory;

/** What a replay sent and how the server answered. */
final class ReplayTally {

  private final long startNanos = System.nanoTime();
  private int sent;
  private int acknowledged;
  private int refused;
  private int unanswered;

  void count(int status) {
    sent++;
    if (status == 200) {
      acknowledged++;
    } else if (status == XWebhookReplayer.NO_ANSWER || status == 503) {
      unanswered++;
    } else {
      refused++;
    }
  }

  int sent() {
    return sent;
  }

  boolean allAcknowledged() {
    return acknowledged == sent;
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  String summary() {
    return "replayed %d posts in %.1f s: %d acknowledged, %d refused, %d unanswered"
        .formatted(sent, seconds(), acknowledged, refused, unanswered);
  }

  String json(String file) {
    var node = JsonNodeFactory.instance.objectNode();
    node.put("file", file);
    node.put("sent", sent);
    node.put("acknowledged", acknowledged);
    node.put("refused", refused);
    node.put("unanswered", unanswered);
    node.put("seconds", Math.round(seconds() * 100) / 100.0);
    return node.toString();
  }
}
