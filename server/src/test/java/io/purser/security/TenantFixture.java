package io.purser.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.security.ResourceKinds.*;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.purser.airline.demo.DemoAirline;
import io.purser.conversation.ConversationManagement;
import io.purser.testing.Api;
import io.purser.testing.Brand;
import io.purser.testing.Ids;
import io.purser.testing.NetworkStandIn;
import io.purser.testing.Payloads;
import io.purser.testing.Screenshots;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A workspace holding one real resource of every kind the API and console name by id (a
 * conversation with a message, its contact, a note, an attachment, an SLA clock, a booking action,
 * a saved reply, a brand rule, a team with a member, users, tokens, a channel account), and the
 * tokens of each role. Everything it writes carries {@link #marker}, so any answer that shows one
 * of its texts to another workspace is caught.
 */
final class TenantFixture {

  static final String PASSWORD = "isolation-password-7431";

  final Api.Workspace workspace;
  final String marker;
  final Api.User supervisor;
  final Api.User agent;
  final Map<String, String> usernames = new HashMap<>();
  final Map<String, String> ids = new HashMap<>();
  String flightDate;

  private TenantFixture(Api.Workspace workspace, String marker, Api.User sup, Api.User agent) {
    this.workspace = workspace;
    this.marker = marker;
    this.supervisor = sup;
    this.agent = agent;
  }

  /** The fixture's value for a kind of resource, if it holds one. */
  Optional<String> id(String kind) {
    return Optional.ofNullable(ids.get(kind));
  }

  /** The tokens to call with, by role: the workspace's admin token and two users' tokens. */
  Map<String, String> tokensByRole() {
    return Map.of(
        "admin", workspace.token(), "supervisor", supervisor.token(), "agent", agent.token());
  }

  /** Builds fixtures through the API, the webhooks and (for notes and bookings) the modules. */
  record Factory(
      Api api,
      WireMockServer networks,
      JdbcClient jdbc,
      DemoAirline demo,
      ConversationManagement conversations) {

    TenantFixture create() {
      var marker = "zq" + letters(10);
      var ws = api.newWorkspace();
      var supName = "sup-" + ws.slug();
      var agentName = "agent-" + ws.slug();
      var fixture =
          new TenantFixture(
              ws,
              marker,
              user(ws, supName, "SUPERVISOR", marker),
              user(ws, agentName, "AGENT", marker));
      fixture.usernames.put("supervisor", supName);
      fixture.usernames.put("agent", agentName);
      fixture.usernames.put("admin", "admin-" + ws.slug());
      user(ws, fixture.usernames.get("admin"), "ADMIN", marker);
      var ids = fixture.ids;
      ids.put(WORKSPACE, Long.toString(ws.id()));
      ids.put(USER, Long.toString(fixture.agent.id()));
      ids.put(USERNAME, agentName);
      var account = Ids.random();
      ids.put(ACCOUNT_EXTERNAL_ID, account);
      ids.put(CHANNEL_ACCOUNT, Long.toString(api.registerAccount(ws, "x", account)));
      // The customer names their booking in the conversation, so its own agents may open it.
      ids.put(RECORD_LOCATOR, letters(6));
      conversation(fixture, account);
      ids.put(SAVED_REPLY, created(post(ws, "/api/v1/saved-replies", savedReply(marker))));
      ids.put(BRAND_RULE, created(post(ws, "/api/v1/triage/rules", rule(marker))));
      team(fixture);
      unroutable(fixture);
      booking(fixture);
      ids.put(
          TOKEN,
          jdbc.sql("select max(id) from api_token where workspace_id = ?")
              .param(ws.id())
              .query(Long.class)
              .single()
              .toString());
      return fixture;
    }

    private Api.User user(Api.Workspace ws, String username, String role, String marker) {
      var created =
          api.post(
              "/api/v1/users",
              ws.token(),
              "{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"%s\",\"displayName\":\"%s %s\"}"
                  .formatted(username, PASSWORD, role, role, marker));
      long id = Long.parseLong(created(created));
      var token =
          api.post(
              "/api/v1/tokens",
              ws.token(),
              "{\"name\":\"t-%s\",\"userId\":%d}".formatted(marker, id));
      return new Api.User(id, token.json().get("token").asString());
    }

    /** A customer's direct message with a photo: conversation, message, contact, attachment. */
    private void conversation(TenantFixture fixture, String account) {
      var path = "/isolation/" + Ids.random() + ".png";
      networks.stubFor(get(urlEqualTo(path)).willReturn(NetworkStandIn.png(png())));
      var ws = fixture.workspace;
      var brand = new Brand(api, ws, account);
      var text =
          "Customer " + fixture.marker + " asks about booking " + fixture.ids.get(RECORD_LOCATOR);
      var dm = Ids.random();
      brand.deliverX(
          Payloads.xDirectMessageWithPhoto(
              account, dm, Ids.random(), account, text, networks.baseUrl() + path, Instant.now()));
      var message = brand.message(dm);
      var ids = fixture.ids;
      long conversation = message.path("conversationId").asLong();
      ids.put(CONVERSATION, Long.toString(conversation));
      ids.put(MESSAGE, message.path("id").asString());
      ids.put(MESSAGE_EXTERNAL_ID, dm);
      var detail = api.get("/api/v1/conversations/" + conversation, ws.token()).json();
      ids.put(CONTACT, detail.path("conversation").path("contactId").asString());
      conversations.addNote(ws.id(), conversation, null, "fixture", "Note " + fixture.marker);
      conversations.tag(ws.id(), conversation, "tag-" + fixture.marker);
      var attachment =
          brand.awaitAttachment(conversation, Duration.ofSeconds(30), "stored"::equals);
      ids.put(ATTACHMENT, attachment.path("id").asString());
      ids.put(
          NOTE,
          jdbc.sql("select max(id) from conversation_note where workspace_id = ?")
              .param(ws.id())
              .query(Long.class)
              .single()
              .toString());
      brand.presence(fixture.agent, "available");
      check(
          api.post(
              "/api/v1/conversations/" + conversation + "/takeover", fixture.agent.token(), "{}"),
          200);
    }

    /** A delivery for an account nobody registered: the installation's, no workspace's. */
    private void unroutable(TenantFixture fixture) {
      var account = Ids.random();
      var tweet =
          Payloads.xTweet(
              account,
              Ids.random(),
              Ids.random(),
              "c" + fixture.marker,
              "Lost " + fixture.marker,
              null,
              Instant.now());
      check(api.deliverX(tweet), 200);
      var id =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      jdbc.sql(
                              "select max(inbox_event_id) from unroutable_event where account_external_id = ?")
                          .param(account)
                          .query(Long.class)
                          .optional(),
                  java.util.Optional::isPresent);
      fixture.ids.put(UNROUTABLE_EVENT, id.get().toString());
    }

    private void team(TenantFixture fixture) {
      var ws = fixture.workspace;
      var team =
          created(
              post(
                  ws,
                  "/api/v1/teams",
                  "{\"name\":\"Team %s\",\"timeZone\":\"Europe/Paris\"}"
                      .formatted(fixture.marker)));
      fixture.ids.put(TEAM, team);
      check(
          api.put("/api/v1/teams/" + team + "/members/" + fixture.agent.id(), ws.token(), "{}"),
          200);
      check(
          api.put(
              "/api/v1/teams/" + team + "/shifts",
              ws.token(),
              "[{\"day\":\"monday\",\"start\":\"08:00\",\"end\":\"16:00\"}]"),
          200);
    }

    /** A booking of the demo airline, mentioned in the conversation, and a seat action on it. */
    private void booking(TenantFixture fixture) {
      check(
          api.put("/api/v1/airline/connector", fixture.workspace.token(), "{\"kind\":\"demo\"}"),
          200);
      var locator = fixture.ids.get(RECORD_LOCATOR);
      var outbound = demo.storyOutbound();
      demo.book(
          locator,
          "Alex",
          fixture.marker,
          locator.toLowerCase() + "@example.com",
          outbound,
          demo.storyReturn());
      fixture.ids.put(FLIGHT_NUMBER, outbound.number());
      fixture.flightDate = outbound.date().toString();
      var action =
          api.postWithHeader(
              "/api/v1/conversations/" + fixture.ids.get(CONVERSATION) + "/actions/seat",
              fixture.agent.token(),
              "{\"recordLocator\":\"%s\",\"lastName\":\"%s\",\"segmentId\":\"2\",\"sendConfirmation\":false,\"identityCheck\":\"the fixture's customer gave the booking's e-mail address\",\"seats\":[{\"passengerId\":\"1\",\"preference\":\"aisle\"}]}"
                  .formatted(locator, fixture.marker),
              "Idempotency-Key",
              "fixture-" + locator);
      fixture.ids.put(BOOKING_ACTION, created(action));
    }

    private Api.Response post(Api.Workspace ws, String path, String json) {
      return api.post(path, ws.token(), json);
    }

    private static String savedReply(String marker) {
      return "{\"name\":\"Reply %s\",\"text\":\"Hello from %s\"}".formatted(marker, marker);
    }

    private static String rule(String marker) {
      return "{\"name\":\"Rule %s\",\"match\":\"KEYWORD\",\"pattern\":\"%s\",\"action\":\"TAG\",\"value\":\"t%s\"}"
          .formatted(marker, marker, marker);
    }

    private static String created(Api.Response response) {
      check(response, 201);
      return response.json().get("id").asString();
    }

    private static void check(Api.Response response, int status) {
      if (response.status() != status) {
        throw new IllegalStateException(
            "fixture: expected "
                + status
                + " but got "
                + response.status()
                + " "
                + response.body());
      }
    }

    private static byte[] png() {
      return Screenshots.png(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
    }

    private static String letters(int length) {
      var alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ";
      var text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
      }
      return text.toString();
    }
  }
}
