package io.purser.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Outside demo mode nothing of the network sandbox exists: its X and Graph paths answer 404, with
 * or without the tokens the demo would have registered.
 */
class SandboxAbsentIT extends IntegrationTest {

  @Test
  void theSandboxPathsAnswerNotFoundWithoutTheDemoProfile() {
    var post = "{\"text\":\"hello\",\"reply\":{\"in_reply_to_tweet_id\":\"1\"}}";
    assertThat(api.post("/demo/sandbox/x/2/tweets", "demo-x-token", post).status()).isEqualTo(404);
    assertThat(api.post("/demo/sandbox/x/2/tweets", null, post).status()).isEqualTo(404);
    assertThat(api.get("/demo/sandbox/x/2/users/me", "demo-x-token").status()).isEqualTo(404);
    assertThat(
            api.post(
                    "/demo/sandbox/x/2/dm_conversations/with/7300000000000000001/messages",
                    "demo-x-token",
                    "{\"text\":\"hello\"}")
                .status())
        .isEqualTo(404);
    var message =
        "{\"recipient\":{\"id\":\"1\"},\"messaging_type\":\"RESPONSE\",\"message\":{\"text\":\"hi\"}}";
    assertThat(
            api.post("/demo/sandbox/graph/v21.0/2000000000000000002/messages", "t", message)
                .status())
        .isEqualTo(404);
    assertThat(api.get("/demo/sandbox/graph/v21.0/me?fields=id", "demo-page-token").status())
        .isEqualTo(404);
  }
}
