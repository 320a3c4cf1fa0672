package io.purser.conversation;

import static org.awaitility.Awaitility.await;

import io.purser.testing.Api;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * A fresh workspace with an X account for each test, and where the messages delivered to it land:
 * what the conversation integration tests share.
 */
abstract class XConversations extends IntegrationTest {

  protected Api.Workspace ws;
  protected String account;

  @BeforeEach
  void brand() {
    ws = api.newWorkspace();
    account = Ids.random();
    api.registerAccount(ws, "x", account);
  }

  /** The message with this X id, once the pipeline has stored it. */
  protected JsonNode awaitMessage(String externalId) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> api.get("/api/v1/messages?network=x&externalId=" + externalId, ws.token()).json(),
            json -> json.get("items").size() == 1)
        .get("items")
        .get(0);
  }

  protected long conversationOf(String externalId) {
    return awaitMessage(externalId).get("conversationId").asLong();
  }

  protected String status(long conversation) {
    return api.get("/api/v1/conversations/" + conversation, ws.token())
        .json()
        .get("status")
        .asString();
  }
}
