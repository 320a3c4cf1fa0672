package io.purser.airline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.airline.demo.DemoAirline;
import io.purser.testing.Api;
import io.purser.testing.Brand;
import io.purser.testing.ConsoleSession;
import io.purser.testing.IntegrationTest;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bookings belong to a workspace's airline and are opened only from its own conversations: the
 * attacks of one workspace's agent on another's bookings — by record locator, with and without the
 * passenger's name, through the other's conversation, with the other's idempotency key, by having
 * the itinerary mailed elsewhere, through the console — each fail and change nothing.
 */
class BookingIsolationIT extends IntegrationTest {

  /** How the agent checked the customer is the passenger: these customers' profile names differ. */
  static final String CHECKED = "asked for the booking's e-mail address in a private message";

  @Autowired DemoAirline demo;
  @Autowired JdbcClient jdbc;

  /** Workspace A, whose customer Alex Martin wrote about booking {@link #locator}. */
  private Staffed a;

  private String locator;
  private long conversationA;

  /** A brand with its X account, an agent and a supervisor. */
  private record Staffed(Brand brand, Api.User agent, Api.User supervisor) {
    Api.Workspace ws() {
      return brand.ws();
    }
  }

  @BeforeEach
  void twoBrands() {
    a = brand();
    connect(a, "{\"kind\":\"demo\"}");
    locator = StoryBookings.book(demo);
    conversationA = conversation(a, "My return was moved, booking " + locator + ", help!");
  }

  @Test
  void anAgentOfAWorkspaceOnAnotherAirlineCannotReadTheBookingWithOrWithoutTheLastName() {
    var b = brand();
    networks.stubFor(
        get(urlPathEqualTo("/airline-b/bookings/" + locator))
            .willReturn(aResponse().withStatus(404)));
    connect(
        b,
        "{\"kind\":\"http\",\"baseUrl\":\"%s/airline-b\",\"hmacSecret\":\"b-secret-0123456789\"}"
            .formatted(networks.baseUrl()));
    long conversationB = conversation(b, "Hello, a question about my trip");

    assertNotFound(api.get(path(conversationB, locator), b.agent().token()));
    assertNotFound(api.get(path(conversationB, locator) + "?lastName=Martin", b.agent().token()));

    // The name was checked by B's own airline, never by A's.
    networks.verify(
        1,
        getRequestedFor(urlPathEqualTo("/airline-b/bookings/" + locator))
            .withHeader("X-Purser-Signature", matching("sha256=[0-9a-f]{64}")));
  }

  /** The former address names the conversation as a parameter, and follows the same rule. */
  @Test
  void theFormerBookingAddressNeedsAConversationOfTheCallersWorkspace() {
    var b = brand();
    connect(b, "{\"kind\":\"demo\"}");
    var old = "/api/v1/bookings/" + locator;

    assertThat(api.get(old, a.agent().token()).status()).isEqualTo(400);
    assertThat(api.get(old + "?conversationId=" + conversationA, a.agent().token()).status())
        .isEqualTo(200);
    assertThat(
            api.get(old + "/alternatives?conversationId=" + conversationA, a.agent().token())
                .status())
        .isEqualTo(200);
    assertNotFound(
        api.get(old + "?lastName=Martin&conversationId=" + conversationA, b.agent().token()));
  }

  @Test
  void onTheSameAirlineABookingTheCustomerDidNotNameInTheConversationIsNotFound() {
    var b = brand();
    connect(b, "{\"kind\":\"demo\"}");
    long conversationB = conversation(b, "Hello, a question about my trip");

    var unnamed = api.get(path(conversationB, locator), b.agent().token());
    var wrongName = api.get(path(conversationB, locator) + "?lastName=Garcia", b.agent().token());
    var unknown = api.get(path(conversationB, "ZZZZZ9") + "?lastName=Martin", b.agent().token());

    assertNotFound(unnamed);
    assertNotFound(wrongName);
    assertNotFound(unknown);
    // One answer for every wrong part: nothing tells that the booking exists.
    assertThat(detail(unnamed)).isEqualTo(detail(wrongName));
    assertNotFound(api.get(path(conversationB, locator) + "/alternatives", b.agent().token()));
  }

  @Test
  void anotherWorkspacesConversationIdOpensNothing() {
    var b = brand();
    connect(b, "{\"kind\":\"demo\"}");

    var read = api.get(path(conversationA, locator) + "?lastName=Martin", b.agent().token());
    var alternatives = api.get(path(conversationA, locator) + "/alternatives", b.agent().token());
    var actions = api.get("/api/v1/conversations/" + conversationA + "/actions", b.agent().token());

    assertThat(read.status()).as(read.body()).isEqualTo(404);
    assertThat(alternatives.status()).as(alternatives.body()).isEqualTo(404);
    assertThat(actions.status()).as(actions.body()).isEqualTo(404);
    assertThat(api.get(path(conversationA, locator), a.agent().token()).status()).isEqualTo(200);
  }

  @Test
  void rebookingAnotherWorkspacesBookingIsNotFoundAndTheBookingIsUnchanged() {
    var b = brand();
    connect(b, "{\"kind\":\"demo\"}");
    long conversationB = conversation(b, "Hello, a question about my trip");
    var before = booking(a, conversationA, locator);
    var flight = firstAlternative(a, conversationA, locator).path("flight");
    var body = rebookBody(locator, flight, "");
    var named = rebookBody(locator, flight, ",\"lastName\":\"Martin\"");

    var fromOwnConversation = rebook(b, conversationB, "steal-1", body);
    var fromTheirConversation = rebook(b, conversationA, "steal-2", named);
    var seat =
        api.postWithHeader(
            "/api/v1/conversations/" + conversationB + "/actions/seat",
            b.agent().token(),
            "{\"identityCheck\":\""
                + CHECKED
                + "\",\"recordLocator\":\"%s\",\"segmentId\":\"2\",\"seats\":[{\"passengerId\":\"1\",\"preference\":\"aisle\"}]}"
                    .formatted(locator),
            "Idempotency-Key",
            "steal-3");

    assertNotFound(fromOwnConversation);
    assertThat(fromTheirConversation.status()).isEqualTo(404);
    assertNotFound(seat);
    assertThat(booking(a, conversationA, locator)).isEqualTo(before);
    assertThat(actionsOf(b)).isZero();
  }

  @Test
  void
      anotherCustomersBookingOpenedByLastNameIsChangedOnlyOnceTheAgentSaysHowTheyCheckedIdentity() {
    // Someone else writes in the same workspace; the agent opens Alex Martin's booking there by
    // his last name: the booking opens, but nothing says this customer is Alex Martin.
    long stranger = conversation(a, "Hello, I need to change my flight");
    var before = booking(a, conversationA, locator);
    var flight = firstAlternative(a, conversationA, locator).path("flight");
    var unchecked = withoutIdentityCheck(rebookBody(locator, flight, ",\"lastName\":\"Martin\""));

    var refused = rebook(a, stranger, "who-1", unchecked);
    var seat =
        api.postWithHeader(
            "/api/v1/conversations/" + stranger + "/actions/seat",
            a.agent().token(),
            "{\"recordLocator\":\"%s\",\"lastName\":\"Martin\",\"segmentId\":\"2\",\"seats\":[{\"passengerId\":\"1\",\"preference\":\"aisle\"}]}"
                .formatted(locator),
            "Idempotency-Key",
            "who-2");

    assertForbidden(refused, "did not give record locator " + locator, "identityCheck");
    assertThat(seat.status()).as(seat.body()).isEqualTo(403);
    assertThat(booking(a, conversationA, locator)).isEqualTo(before);
    assertThat(actionsOf(a)).isZero();

    // Even from his own conversation, a profile name that is not a passenger's is not enough.
    var fromHisConversation =
        rebook(a, conversationA, "who-3", withoutIdentityCheck(rebookBody(locator, flight, "")));
    assertForbidden(fromHisConversation, "no passenger of " + locator);

    // Said how: done, and the audit trail keeps who checked and how.
    var checked =
        rebook(a, stranger, "who-4", rebookBody(locator, flight, ",\"lastName\":\"Martin\""));
    assertThat(checked.status()).as(checked.body()).isEqualTo(201);
    var requested = checked.json().path("audit").get(0);
    assertThat(requested.path("detail").asString()).contains("identity checked by", CHECKED);
  }

  @Test
  void reusingAnotherWorkspacesIdempotencyKeyIsAnActionOfItsOwn() {
    var b = brand();
    connect(b, "{\"kind\":\"demo\"}");
    var theirs = StoryBookings.locator();
    demo.book(
        theirs,
        "Bo",
        "Berg",
        theirs.toLowerCase() + "@example.com",
        demo.storyOutbound(),
        demo.storyReturn());
    long conversationB = conversation(b, "Booking " + theirs + " was moved, please help");
    var key = "shared-key-" + locator;

    var first =
        rebook(
            a,
            conversationA,
            key,
            rebookBody(locator, firstAlternative(a, conversationA, locator).path("flight"), ""));
    var second =
        rebook(
            b,
            conversationB,
            key,
            rebookBody(theirs, firstAlternative(b, conversationB, theirs).path("flight"), ""));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(second.json().path("repeated").asBoolean()).isFalse();
    assertThat(second.json().path("status").asString()).isEqualTo("done");
    assertThat(second.json().path("recordLocator").asString()).isEqualTo(theirs);
    assertThat(second.json().path("id").asLong()).isNotEqualTo(first.json().path("id").asLong());
    assertThat(booking(b, conversationB, theirs).path("segments").get(1).path("status").asString())
        .isEqualTo("CONFIRMED");
    // Each booking's own confirmation went out, under the same key in two workspaces.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                mailsTo(locator.toLowerCase() + "@example.com") == 1
                    && mailsTo(theirs.toLowerCase() + "@example.com") == 1);
  }

  @Test
  void anAgentCannotHaveTheItineraryMailedElsewhereUntilASupervisorApproves() {
    var elsewhere = "someone-" + locator.toLowerCase() + "@elsewhere.example";
    var flight = firstAlternative(a, conversationA, locator).path("flight");
    var before = booking(a, conversationA, locator);
    var body = rebookBody(locator, flight, ",\"email\":\"" + elsewhere + "\"");

    var refused = rebook(a, conversationA, "mail-1", body);

    assertForbidden(refused, "booking's own e-mail address", "requestApproval");
    assertThat(actionsOf(a)).isZero();
    assertThat(booking(a, conversationA, locator)).isEqualTo(before);
    assertThat(mailsTo(elsewhere)).isZero();

    var asked =
        rebook(
            a,
            conversationA,
            "mail-2",
            body.substring(0, body.length() - 1) + ",\"requestApproval\":true}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(202);
    assertThat(asked.json().path("status").asString()).isEqualTo("pending_approval");
    assertThat(booking(a, conversationA, locator)).isEqualTo(before);
    assertThat(mailsTo(elsewhere)).isZero();

    long id = asked.json().path("id").asLong();
    var byAgent = api.post("/api/v1/booking-actions/" + id + "/approve", a.agent().token(), "");
    assertThat(byAgent.status()).isEqualTo(403);
    var approved =
        api.post("/api/v1/booking-actions/" + id + "/approve", a.supervisor().token(), "");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().path("status").asString()).isEqualTo("done");
    await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(elsewhere) == 1);
  }

  @Test
  void theConsoleBookingPanelOfAnotherWorkspacesConversationIsNotFound() throws Exception {
    var b = brand();
    connect(b, "{\"kind\":\"demo\"}");
    var console = agentOf(b);

    var panel = console.get("/console/conversations/" + conversationA + "/booking");
    var withLocator =
        console.get(
            "/console/conversations/"
                + conversationA
                + "/booking?locator="
                + locator
                + "&lastName=Martin");

    assertThat(panel.statusCode()).as(panel.body()).isEqualTo(404);
    assertThat(withLocator.statusCode()).isEqualTo(404);
    assertThat(withLocator.body()).doesNotContain("Martin", "Alex");
  }

  @Test
  void theMailboxShowsOnlyTheWorkspacesOwnEmails() throws Exception {
    var flight = firstAlternative(a, conversationA, locator).path("flight");
    assertThat(
            rebook(a, conversationA, "mailbox-" + locator, rebookBody(locator, flight, ""))
                .status())
        .isEqualTo(201);
    var b = brand();

    var theirs = agentOf(b).get("/console/mailbox");
    var ours = agentOf(a).get("/console/mailbox");

    assertThat(theirs.statusCode()).isEqualTo(200);
    assertThat(theirs.body()).doesNotContain(locator);
    assertThat(ours.body()).contains(locator);
  }

  @Test
  void onlyAnAdministratorSetsTheConnectorAndItsSecretIsNeverShown() {
    var b = brand();
    var fresh = api.get("/api/v1/airline/connector", b.ws().token());
    assertThat(fresh.json().path("kind").asString()).isEqualTo("none");
    assertThat(fresh.json().path("source").asString()).isEqualTo("unset");
    var unconnected = conversation(b, "Booking " + locator);
    assertThat(api.get(path(unconnected, locator), b.agent().token()).status()).isEqualTo(503);
    assertThat(
            api.get("/api/v1/airline/connector", BOOTSTRAP_TOKEN).json().path("source").asString())
        .as("the default workspace follows purser.airline.*")
        .isEqualTo("installation");

    var secret = "b-secret-" + locator + "-abcdef";
    var byAgent =
        api.put("/api/v1/airline/connector", b.agent().token(), "{\"kind\":\"demo\"}").status();
    var set =
        api.put(
            "/api/v1/airline/connector",
            b.ws().token(),
            "{\"kind\":\"http\",\"baseUrl\":\"%s/airline-b\",\"hmacSecret\":\"%s\"}"
                .formatted(networks.baseUrl(), secret));
    var shown = api.get("/api/v1/airline/connector", b.ws().token());

    assertThat(byAgent).isEqualTo(403);
    assertThat(api.get("/api/v1/airline/connector", b.agent().token()).status()).isEqualTo(403);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(shown.json().path("kind").asString()).isEqualTo("http");
    assertThat(shown.json().path("hmacSecretSet").asBoolean()).isTrue();
    assertThat(set.body() + shown.body()).doesNotContain(secret);
  }

  @Test
  void aConnectorIntoTheInstallationsOwnNetworkOrOverPlainHttpIsRefused() {
    var b = brand();
    var before = api.get("/api/v1/airline/connector", b.ws().token()).body();

    assertBadRequest(b, "{\"kind\":\"mainframe\"}", "none, demo or http");
    assertBadRequest(
        b,
        "{\"kind\":\"http\",\"baseUrl\":\"http://airline.example.com/c\",\"hmacSecret\":\"0123456789abcdef\"}",
        "https");
    assertBadRequest(
        b,
        "{\"kind\":\"http\",\"baseUrl\":\"https://10.1.2.3/c\",\"hmacSecret\":\"0123456789abcdef\"}",
        "own network");
    assertBadRequest(
        b,
        "{\"kind\":\"http\",\"baseUrl\":\"https://169.254.169.254/c\",\"hmacSecret\":\"0123456789abcdef\"}",
        "own network");
    assertBadRequest(
        b, "{\"kind\":\"http\",\"baseUrl\":\"%s/b\"}".formatted(networks.baseUrl()), "hmacSecret");
    assertBadRequest(
        b,
        "{\"kind\":\"demo\",\"readTimeoutMs\":3600000}",
        "readTimeoutMs must be between 100 and");

    assertThat(api.get("/api/v1/airline/connector", b.ws().token()).body()).isEqualTo(before);
  }

  private void assertBadRequest(Staffed b, String json, String detail) {
    var answer = api.put("/api/v1/airline/connector", b.ws().token(), json);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(detail(answer)).contains(detail);
  }

  private Staffed brand() {
    var brand = Brand.onX(api);
    return new Staffed(brand, brand.agent("agent"), brand.supervisor("sup"));
  }

  private void connect(Staffed brand, String json) {
    var connected = api.put("/api/v1/airline/connector", brand.ws().token(), json);
    assertThat(connected.status()).as(connected.body()).isEqualTo(200);
  }

  /** A customer's direct message to the brand; the conversation it opened. */
  private long conversation(Staffed staffed, String text) {
    return staffed.brand().directMessage(text);
  }

  private static String path(long conversation, String locator) {
    return AirlineActionsIT.bookingPath(conversation, locator);
  }

  private JsonNode booking(Staffed brand, long conversation, String locator) {
    var answer = api.get(path(conversation, locator), brand.agent().token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private JsonNode firstAlternative(Staffed brand, long conversation, String locator) {
    var answer =
        api.get(path(conversation, locator) + "/alternatives?segment=2", brand.agent().token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().path("items").get(0);
  }

  private static String rebookBody(String locator, JsonNode flight, String extra) {
    return ("{\"identityCheck\":\""
            + CHECKED
            + "\",\"recordLocator\":\"%s\",\"segmentId\":\"2\",\"flightNumber\":\"%s\",\"date\":\"%s\","
            + "\"reason\":\"schedule_change\"%s}")
        .formatted(
            locator,
            flight.path("number").asString(),
            flight.path("departure").asString().substring(0, 10),
            extra);
  }

  /** The rebooking without the agent saying how they checked who the customer is. */
  private static String withoutIdentityCheck(String rebookBody) {
    return rebookBody.replace("\"identityCheck\":\"" + CHECKED + "\",", "");
  }

  private Api.Response rebook(Staffed brand, long conversation, String key, String body) {
    return api.postWithHeader(
        "/api/v1/conversations/" + conversation + "/actions/rebook",
        brand.agent().token(),
        body,
        "Idempotency-Key",
        key);
  }

  private long actionsOf(Staffed brand) {
    return jdbc.sql("select count(*) from booking_action where workspace_id = ?")
        .param(brand.ws().id())
        .query(Long.class)
        .single();
  }

  private static long mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(r -> r.toString().equals(address));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .count();
  }

  private static void assertNotFound(Api.Response answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(404);
    assertThat(answer.raw().headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(answer.body()).doesNotContain("Alex", "Martin", "@example.com");
  }

  /** Refused with 403, and the problem's detail says why in these words. */
  private static void assertForbidden(Api.Response answer, String... why) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(detail(answer)).contains(why);
  }

  private static String detail(Api.Response answer) {
    return answer.json().path("detail").asString();
  }

  /** A session of the workspace's agent, whom {@link Api#newUser} gave its password. */
  private ConsoleSession agentOf(Staffed brand) {
    var ws = brand.ws();
    return ConsoleSession.signedIn(port, ws.slug(), "agent-" + ws.slug(), Api.PASSWORD);
  }
}
