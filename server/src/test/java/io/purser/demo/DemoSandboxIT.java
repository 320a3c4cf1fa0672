package io.purser.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.demo.sandbox.SandboxLedger;
import io.purser.demo.sandbox.Sent;
import io.purser.identity.IdentityManagement;
import io.purser.testing.DemoModeTest;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The demo's networks answer: the application in demo mode ({@link DemoModeTest}) sends a reply to
 * Alex Martin's direct message through the real X sender to the sandbox; the sandbox keeps it,
 * echoes it through the signed X webhook, which marks the reply delivered without storing it twice,
 * and (one reply in one here) Alex answers. The sandbox refuses tokens the demo did not register,
 * in the networks' own error shapes.
 */
class DemoSandboxIT extends DemoModeTest {

  @Autowired DemoStory story;
  @Autowired SandboxLedger ledger;
  @Autowired WorkspaceManagement workspaces;
  @Autowired IdentityManagement identity;

  @Test
  void aReplyToAlexIsDeliveredThroughTheSandboxEchoedOnceAndAnswered() {
    var dm = await().atMost(Duration.ofSeconds(30)).until(story::messageId, id -> id != null);
    var workspace = workspaces.findBySlug("demo-air").orElseThrow();
    var agent =
        identity.users(workspace.id()).stream()
            .filter(u -> "agent".equals(u.username()))
            .findFirst()
            .orElseThrow();
    var token = identity.createUserToken(workspace.id(), "DemoSandboxIT", agent.id()).orElseThrow();
    var message =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    api.get("/api/v1/messages?network=x&externalId=" + dm, token)
                        .json()
                        .path("items")
                        .path(0),
                JsonNode::isObject);
    long conversation = message.path("conversationId").asLong();
    long before = inbound(messages(conversation, token));

    var text = "Hi Alex, we are on it: your new flight is confirmed, details by e-mail.";
    var queued =
        api.post(
            "/api/v1/conversations/" + conversation + "/replies",
            token,
            "{\"text\":\"" + text + "\",\"visibility\":\"private\",\"takeover\":true}");
    assertThat(queued.status()).as(queued.body()).isEqualTo(202);

    var delivered =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> outbound(messages(conversation, token), text),
                found ->
                    found.size() == 1
                        && "delivered".equals(found.get(0).path("deliveryStatus").asString()));
    var sent =
        ledger.sent().stream()
            .filter(s -> s.network() == Network.X && text.equals(s.text()))
            .toList();
    assertThat(sent)
        .extracting(Sent::kind, Sent::recipient)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("dm", DemoStory.CUSTOMER_ID));
    assertThat(delivered.get(0).path("externalId").asString()).isEqualTo(sent.get(0).id());

    // Alex answers (one reply in one here), in the same conversation, after the reply.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> inbound(messages(conversation, token)), inbound -> inbound > before);
    // The echo was stored nothing twice: still one copy of the reply.
    assertThat(outbound(messages(conversation, token), text)).hasSize(1);
  }

  @Test
  void theSandboxAnswersOnlyTheDemosTokensInTheNetworksShapes() {
    await().atMost(Duration.ofSeconds(30)).until(story::messageId, id -> id != null);
    var post = "{\"text\":\"hello\",\"reply\":{\"in_reply_to_tweet_id\":\"1\"}}";
    var refused = api.post("/demo/sandbox/x/2/tweets", "someone-else", post);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().path("title").asString()).isEqualTo("Unauthorized");
    var empty = api.post("/demo/sandbox/x/2/tweets", "demo-x-token", "{\"text\":\"\"}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("title").asString()).isEqualTo("Invalid Request");
    var me = api.get("/demo/sandbox/x/2/users/me", "demo-x-token");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("data").path("id").asString()).isEqualTo("1000000000000000001");

    var message =
        "{\"recipient\":{\"id\":\"6100000000000001\"},\"messaging_type\":\"RESPONSE\","
            + "\"message\":{\"text\":\"Hello from Demo Air\"}}";
    var page = "/demo/sandbox/graph/v21.0/2000000000000000002/messages";
    var badToken = api.post(page, "demo-instagram-token", message);
    assertThat(badToken.status()).isEqualTo(400);
    assertThat(badToken.json().path("error").path("code").asInt()).isEqualTo(190);
    var accepted = api.post(page, "demo-page-token", message);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().path("recipient_id").asString()).isEqualTo("6100000000000001");
    assertThat(accepted.json().path("message_id").asString()).startsWith("m_");
    var whatsApp =
        api.post(
            "/demo/sandbox/graph/v21.0/105000000000005/messages",
            "demo-whatsapp-token",
            "{\"messaging_product\":\"whatsapp\",\"to\":\"33612345678\",\"type\":\"text\","
                + "\"text\":{\"body\":\"Bonjour\"}}");
    assertThat(whatsApp.status()).as(whatsApp.body()).isEqualTo(200);
    assertThat(whatsApp.json().path("messages").path(0).path("id").asString()).startsWith("wamid.");
  }

  private JsonNode messages(long conversation, String token) {
    return api.get("/api/v1/conversations/" + conversation + "/messages", token)
        .json()
        .path("items");
  }

  private static long inbound(JsonNode messages) {
    return StreamSupport.stream(messages.spliterator(), false)
        .filter(m -> "inbound".equals(m.path("direction").asString()))
        .count();
  }

  private static List<JsonNode> outbound(JsonNode messages, String text) {
    return StreamSupport.stream(messages.spliterator(), false)
        .filter(m -> "outbound".equals(m.path("direction").asString()))
        .filter(m -> m.path("text").asString().startsWith(text))
        .toList();
  }
}
