package io.purser.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A brand under test: a workspace of its own with an X account registered, its staff, and the
 * customers who write to it. Customers' messages go in through the signed webhooks as the networks
 * send them, and a delivery returns once Purser has recorded the message, so a test goes on with
 * the conversation it started.
 */
public final class Brand {

  /** How long a delivered message may take to be recorded, on a loaded machine too. */
  public static final Duration RECORDED = Duration.ofSeconds(30);

  /** The handle customers write under, as replies to them show it ({@code @traveller …}). */
  public static final String CUSTOMER_HANDLE = "traveller";

  private final Api api;
  private final Api.Workspace ws;
  private final String account;

  public Brand(Api api, Api.Workspace ws, String account) {
    this.api = api;
    this.ws = ws;
    this.account = account;
  }

  /** A new workspace whose X account is registered, with proof, under a fresh id. */
  public static Brand onX(Api api) {
    return onX(api, api.newWorkspace());
  }

  /** The workspace with an X account registered, with proof, under a fresh id. */
  public static Brand onX(Api api, Api.Workspace ws) {
    var account = Ids.random();
    api.registerAccount(ws, "x", account);
    return new Brand(api, ws, account);
  }

  public Api.Workspace ws() {
    return ws;
  }

  /** The workspace admin's token. */
  public String token() {
    return ws.token();
  }

  /** The id of the brand's X account. */
  public String account() {
    return account;
  }

  /** Registers, with proof, another account of the brand on {@code network}; answers its id. */
  public String register(String network) {
    var id = Ids.random();
    api.registerAccount(ws, network, id);
    return id;
  }

  /** An agent of this workspace, named {@code name-<workspace>} so names never collide. */
  public Api.User agent(String name) {
    return api.newUser(ws, name + "-" + ws.slug(), "AGENT");
  }

  /**
   * An agent of this workspace who takes up to {@code capacity} conversations at once, in the given
   * languages (any, when none are given).
   */
  public Api.User agent(String name, int capacity, String... languages) {
    var user = agent(name);
    var spoken = String.join(",", Stream.of(languages).map(l -> "\"" + l + "\"").toList());
    var settings =
        api.put(
            "/api/v1/agents/" + user.id(),
            ws.token(),
            "{\"capacity\":%d,\"languages\":[%s]}".formatted(capacity, spoken));
    assertThat(settings.status()).as(settings.body()).isEqualTo(200);
    return user;
  }

  /** The agent sets their own presence: available, busy, away or offline. */
  public void presence(Api.User agent, String presence) {
    var response =
        api.put("/api/v1/agents/me/presence", agent.token(), "{\"presence\":\"" + presence + "\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  public Api.User supervisor(String name) {
    return api.newUser(ws, name + "-" + ws.slug(), "SUPERVISOR");
  }

  /** A new customer tweets at the brand now; answers the conversation the tweet is in. */
  public long tweet(String text) {
    return tweet(Ids.random(), text, Instant.now());
  }

  /** {@code customer} tweets at the brand at {@code at}; answers the tweet's conversation. */
  public long tweet(String customer, String text, Instant at) {
    var id = Ids.random();
    deliverX(Payloads.xTweet(account, id, customer, CUSTOMER_HANDLE, text, null, at));
    return conversationOf(id);
  }

  /**
   * A new customer, as {@code @handle}, tweets at the brand now under the id {@code tweetId};
   * answers the tweet's conversation.
   */
  public long tweet(String tweetId, String handle, String text) {
    deliverX(Payloads.xTweet(account, tweetId, Ids.random(), handle, text, null, Instant.now()));
    return conversationOf(tweetId);
  }

  /** A new customer writes to the brand in private now; answers the message's conversation. */
  public long directMessage(String text) {
    var id = Ids.random();
    deliverX(Payloads.xDirectMessage(account, id, Ids.random(), account, text, Instant.now()));
    return conversationOf(id);
  }

  /**
   * A new customer writes to the brand in private now, with a photo the network serves at {@code
   * photoUrl}; answers the message's conversation.
   */
  public long directMessageWithPhoto(String text, String photoUrl) {
    var id = Ids.random();
    deliverX(
        Payloads.xDirectMessageWithPhoto(
            account, id, Ids.random(), account, text, photoUrl, Instant.now()));
    return conversationOf(id);
  }

  /** Delivers a signed X webhook body that the endpoint must take. */
  public void deliverX(byte[] body) {
    var delivered = api.deliverX(body);
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
  }

  /** Delivers a signed Meta webhook body that the endpoint must take. */
  public void deliverMeta(byte[] body) {
    var delivered = api.deliverMeta(body);
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
  }

  /** The X message with this id, as the API lists it, once it is recorded. */
  public JsonNode message(String externalId) {
    return message("x", externalId);
  }

  /** The X message with this id, as the API lists it, once it is recorded {@code within}. */
  public JsonNode message(String externalId, Duration within) {
    return message("x", externalId, within);
  }

  /** The message of {@code network} with this id, as the API lists it, once it is recorded. */
  public JsonNode message(String network, String externalId) {
    return message(network, externalId, RECORDED);
  }

  private JsonNode message(String network, String externalId, Duration within) {
    return await()
        .atMost(within)
        .until(() -> find(network, externalId), found -> found.size() == 1)
        .get(0);
  }

  /** The messages of {@code network} with this id in the workspace now (none, or the one). */
  public JsonNode find(String network, String externalId) {
    var path = "/api/v1/messages?network=" + network + "&externalId=" + externalId;
    return api.get(path, ws.token()).json().path("items");
  }

  /** The conversation of the X message with this id, once the message is recorded. */
  public long conversationOf(String externalId) {
    return conversationOf("x", externalId);
  }

  public long conversationOf(String network, String externalId) {
    return message(network, externalId).get("conversationId").asLong();
  }

  /** A conversation's messages, oldest first, as agents see them. */
  public JsonNode messages(long conversation) {
    var answer = api.get("/api/v1/conversations/" + conversation + "/messages", ws.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().path("items");
  }

  /** A conversation's attachments, as agents list them. */
  public JsonNode attachments(long conversation) {
    var answer = api.get("/api/v1/conversations/" + conversation + "/attachments", ws.token());
    return answer.json().path("items");
  }

  /** The conversation's first attachment once its status is one {@code wanted} accepts. */
  public JsonNode awaitAttachment(long conversation, Duration within, Predicate<String> wanted) {
    return await()
        .atMost(within)
        .until(
            () -> attachments(conversation).path(0),
            m -> m.isObject() && wanted.test(m.path("status").asString()));
  }

  /**
   * The conversation's latest message once its delivery status is {@code status}: a reply on its
   * way out through the outbox.
   */
  public JsonNode awaitLatest(long conversation, String status) {
    return await()
        .atMost(RECORDED)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              var items = messages(conversation);
              return items.get(items.size() - 1);
            },
            last ->
                last.has("deliveryStatus") && status.equals(last.get("deliveryStatus").asString()));
  }
}
