package io.purser.airline;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.purser.testing.NetworkStandIn.xPostCreated;
import static io.purser.testing.NetworkStandIn.xPosts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.airline.demo.DemoAirline;
import io.purser.airline.domain.FlightKey;
import io.purser.testing.Api;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.ConsoleSession;
import io.purser.testing.Ids;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Agents acting on bookings through the REST API, with the demo airline behind the connector and
 * GreenMail as the SMTP server: the seed story (a return flight moved three hours earlier) rebooked
 * with a window seat and a confirmation e-mail, the double click that must change the booking once,
 * the supervisor's approval of a fare difference, a half-done action retried, the move to private,
 * and bad requests that get a clear problem and change nothing.
 */
class AirlineActionsIT extends BrandIntegrationTest {

  /** How the agent checked the customer is the passenger: these customers' profile names differ. */
  static final String CHECKED = "asked for the booking's e-mail address in a private message";

  @Autowired DemoAirline demo;
  @Autowired JdbcClient jdbc;

  private Api.User agent;
  private Api.User supervisor;

  @BeforeEach
  void staffAndAirline() {
    agent = brand.agent("agent");
    supervisor = brand.supervisor("sup");
    connectToTheDemoAirline(ws);
  }

  /** A workspace has no airline until its administrator connects one. */
  void connectToTheDemoAirline(Api.Workspace workspace) {
    var connected = api.put("/api/v1/airline/connector", workspace.token(), "{\"kind\":\"demo\"}");
    assertThat(connected.status()).as(connected.body()).isEqualTo(200);
  }

  /** A copy of the seed story's booking: the return (segment 2) was moved three hours earlier. */
  private String storyBooking() {
    return StoryBookings.book(demo);
  }

  private long conversation(String text, boolean isPublic) {
    return isPublic ? brand.tweet(text) : brand.directMessage(text);
  }

  private Api.Response act(
      long conversation, String action, String token, String key, String json) {
    return key == null
        ? api.post("/api/v1/conversations/" + conversation + "/actions/" + action, token, json)
        : api.postWithHeader(
            "/api/v1/conversations/" + conversation + "/actions/" + action,
            token,
            json,
            "Idempotency-Key",
            key);
  }

  private JsonNode booking(long conversation, String locator) {
    var response = api.get(bookingPath(conversation, locator), agent.token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** The flight of the booking's second segment, the one the rebooking tests change. */
  private JsonNode secondFlight(long conversation, String locator) {
    return booking(conversation, locator).get("segments").get(1).get("flight");
  }

  static String bookingPath(long conversation, String locator) {
    return "/api/v1/conversations/" + conversation + "/bookings/" + locator;
  }

  private JsonNode firstAlternative(long conversation, String locator, String query) {
    var response =
        api.get(bookingPath(conversation, locator) + "/alternatives?" + query, agent.token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("items").get(0);
  }

  /** The agent moves segment 2 onto the flight, for the schedule change. */
  private Api.Response rebookAsAgent(
      long conversation, String key, String locator, JsonNode flight, String extra) {
    return act(
        conversation,
        "rebook",
        agent.token(),
        key,
        rebookBody(locator, flight, "schedule_change", extra));
  }

  /** A schedule-change rebooking of the return onto {@code flight}, with no confirmation sent. */
  private static String quietRebookBody(String locator, JsonNode flight) {
    return rebookBody(locator, flight, "schedule_change", ",\"sendConfirmation\":false");
  }

  private static String rebookBody(String locator, JsonNode flight, String reason, String extra) {
    return ("{\"identityCheck\":\""
            + CHECKED
            + "\",\"recordLocator\":\"%s\",\"segmentId\":\"2\",\"flightNumber\":\"%s\",\"date\":\"%s\","
            + "\"reason\":\"%s\"%s}")
        .formatted(
            locator,
            flight.get("number").asString(),
            flight.get("departure").asString().substring(0, 10),
            reason,
            extra);
  }

  @Test
  void theAgentRebooksTheMovedReturnWithAWindowSeatAndTheConfirmationReachesTheCustomer() {
    var locator = storyBooking();
    long conversation =
        conversation(
            "My return flight was moved 3 hours earlier! Booking "
                + locator
                + ". Can you put me on something after 9 pm?",
            false);

    var before = booking(conversation, locator).get("segments").get(1);
    assertThat(before.get("status").asString()).isEqualTo("SCHEDULE_CHANGED");
    assertThat(before.get("scheduleChange").get("previousDeparture").asString())
        .endsWith("22:15:00");
    assertThat(before.get("flight").get("departure").asString()).endsWith("19:15:00");

    // The wish is read from the customer's message: the 21:50 fits "after 9 pm" and comes first.
    var best = firstAlternative(conversation, locator, "segment=2");
    assertThat(best.get("fits").asBoolean()).isTrue();
    assertThat(best.get("flight").get("departure").asString()).endsWith("21:50:00");
    assertThat(best.get("fareQuote").asString()).isEqualTo("waived (schedule change)");
    assertThat(best.get("needsSupervisor")).isNull();

    var rebooked =
        rebookAsAgent(
            conversation,
            "story-" + locator,
            locator,
            best.get("flight"),
            ",\"seats\":[{\"passengerId\":\"1\",\"preference\":\"window\"}]");

    assertThat(rebooked.status()).as(rebooked.body()).isEqualTo(201);
    var action = rebooked.json();
    assertThat(action.get("status").asString()).isEqualTo("done");
    assertThat(action.get("fareQuote").asString()).startsWith("waived");
    assertThat(action.get("before").asString()).contains("19:15");
    assertThat(action.get("after").asString())
        .contains("21:50")
        .contains("seat")
        .contains("confirmation sent to");
    assertThat(action.get("audit"))
        .extracting(e -> e.get("event").asString())
        .containsExactly("requested", "changed", "seat_assigned", "confirmation_sent", "done");

    var after = booking(conversation, locator).get("segments").get(1);
    assertThat(after.get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(after.get("flight").get("departure").asString()).endsWith("21:50:00");
    var seat = after.get("seats").get(0).get("seat").asString();
    var map =
        api.get(
                "/api/v1/flights/"
                    + after.get("flight").get("number").asString()
                    + "/"
                    + after.get("flight").get("departure").asString().substring(0, 10)
                    + "/seat-map",
                agent.token())
            .json();
    assertThat(map.get("seats"))
        .filteredOn(s -> s.get("code").asString().equals(seat))
        .singleElement()
        .satisfies(s -> assertThat(s.get("position").asString()).isEqualTo("WINDOW"));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> mailTo(locator.toLowerCase() + "@example.com").size() == 1);
    var mail = mailTo(locator.toLowerCase() + "@example.com").get(0);
    assertThat(subject(mail)).contains(locator);

    var timeline =
        api.get("/api/v1/conversations/" + conversation + "/actions", agent.token()).json();
    assertThat(timeline.get("items")).hasSize(1);
  }

  @Test
  void aDoubleClickOnRebookChangesTheBookingOnce() throws Exception {
    var locator = storyBooking();
    long conversation = conversation("booking " + locator + " please move me", false);
    var best = firstAlternative(conversation, locator, "segment=2&wish=after%209%20pm");
    var body = quietRebookBody(locator, best.get("flight"));

    var pool = Executors.newFixedThreadPool(2);
    var clicks = new ArrayList<Callable<Api.Response>>();
    clicks.add(() -> act(conversation, "rebook", agent.token(), "click-" + locator, body));
    clicks.add(() -> act(conversation, "rebook", agent.token(), "click-" + locator, body));
    var answers = new ArrayList<Api.Response>();
    for (var future : pool.invokeAll(clicks)) {
      answers.add(future.get());
    }
    pool.shutdown();
    var third = act(conversation, "rebook", agent.token(), "click-" + locator, body);

    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(200, 201));
    assertThat(answers)
        .extracting(a -> a.json().get("id").asLong())
        .containsOnly(third.json().get("id").asLong());
    assertThat(third.status()).isEqualTo(200);
    assertThat(third.json().get("repeated").asBoolean()).isTrue();
    assertThat(
            jdbc.sql("select count(*) from booking_action where record_locator = ?")
                .param(locator)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from booking_audit where record_locator = ? and event = 'changed'")
                .param(locator)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from demo_operation where idempotency_key like ?")
                .param("w" + ws.id() + ":click-" + locator + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theSameKeyForAnotherRequestIsRefusedAndChangesNothing() {
    var locator = storyBooking();
    long conversation = conversation("booking " + locator, false);
    var alternatives =
        api.get(bookingPath(conversation, locator) + "/alternatives?segment=2", agent.token())
            .json()
            .get("items");
    var first =
        rebookAsAgent(
            conversation,
            "k-" + locator,
            locator,
            alternatives.get(0).get("flight"),
            ",\"sendConfirmation\":false");
    assertThat(first.status()).as(first.body()).isEqualTo(201);

    var other =
        rebookAsAgent(
            conversation,
            "k-" + locator,
            locator,
            alternatives.get(1).get("flight"),
            ",\"sendConfirmation\":false");

    assertThat(other.status()).as(other.body()).isEqualTo(422);
    assertThat(other.json().get("detail").asString()).contains("used for another request");
    assertThat(secondFlight(conversation, locator).get("number").asString())
        .isEqualTo(alternatives.get(0).get("flight").get("number").asString());
  }

  @Test
  void aVoluntaryChangeWithAFareDifferenceNeedsASupervisorsApproval() {
    var locator = StoryBookings.locator();
    var day = demo.storyReturn().date().plusDays(3);
    // The morning flight has no evening premium: some flight of the next days costs more.
    demo.book(
        locator,
        "Maria",
        "Garcia",
        "maria@example.com",
        demo.storyOutbound(),
        demo.flight("JFK", "CDG", java.time.LocalTime.of(8, 30), day));
    long conversation = conversation("I'd like to come back later, booking " + locator, false);
    JsonNode pricier = null;
    for (int d = 0; d < 5 && pricier == null; d++) {
      var items =
          api.get(
                  bookingPath(conversation, locator)
                      + "/alternatives?segment=2&date="
                      + day.plusDays(d),
                  agent.token())
              .json()
              .get("items");
      for (var item : items) {
        if (item.get("needsSupervisor") != null) {
          pricier = item;
          break;
        }
      }
    }
    assertThat(pricier).as("an alternative with a fare difference").isNotNull();
    var body =
        rebookBody(
            locator, pricier.get("flight"), "customer_request", ",\"sendConfirmation\":false");

    var refused = act(conversation, "rebook", agent.token(), "v1-" + locator, body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.json().get("detail").asString())
        .contains("fare difference")
        .contains("requestApproval");
    assertThat(secondFlight(conversation, locator).get("departure").asString())
        .isEqualTo(day + "T08:30:00");

    var asked =
        act(
            conversation,
            "rebook",
            agent.token(),
            "v2-" + locator,
            body.substring(0, body.length() - 1) + ",\"requestApproval\":true}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(202);
    assertThat(asked.json().get("status").asString()).isEqualTo("pending_approval");
    long id = asked.json().get("id").asLong();

    var byAgent = api.post("/api/v1/booking-actions/" + id + "/approve", agent.token(), "");
    assertThat(byAgent.status()).isEqualTo(403);
    var approved = api.post("/api/v1/booking-actions/" + id + "/approve", supervisor.token(), "");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("status").asString()).isEqualTo("done");
    assertThat(approved.json().get("decidedBy").asString()).startsWith("sup-");
    assertThat(secondFlight(conversation, locator).get("number").asString())
        .isEqualTo(pricier.get("flight").get("number").asString());
    var again = api.post("/api/v1/booking-actions/" + id + "/approve", supervisor.token(), "");
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void aSeatOnAFlightThatHasLeftIsRefusedAndTheBookingIsUnchanged() {
    var locator = storyBooking();
    long conversation = conversation("booking " + locator, false);
    var before = booking(conversation, locator).get("segments").get(0);
    // Segment 1 is the story's outbound flight, flown days ago.
    var refused =
        act(
            conversation,
            "seat",
            agent.token(),
            "flown-" + locator,
            "{\"identityCheck\":\""
                + CHECKED
                + "\",\"recordLocator\":\"%s\",\"segmentId\":\"1\",\"seats\":[{\"passengerId\":\"1\",\"preference\":\"window\"}]}"
                    .formatted(locator));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("has left", "can no longer change");
    assertThat(booking(conversation, locator).get("segments").get(0)).isEqualTo(before);
  }

  @Test
  void aSeatThatFailsAfterTheRebookIsVisibleAndTheRetryFinishesWithoutChangingTheFlightAgain() {
    var locator = storyBooking();
    long conversation = conversation("booking " + locator, false);
    var best =
        firstAlternative(conversation, locator, "segment=2&wish=after%209%20pm").get("flight");
    var number = best.get("number").asString();
    var date = best.get("departure").asString().substring(0, 10);
    // Another traveller holds the seat the agent will ask for.
    var other = StoryBookings.locator();
    demo.book(
        other,
        "Other",
        "Traveller",
        "other@example.com",
        new FlightKey(number, java.time.LocalDate.parse(date)));
    var free =
        api.get("/api/v1/flights/" + number + "/" + date + "/seat-map", agent.token())
            .json()
            .get("seats");
    var economy = new ArrayList<String>();
    for (var s : free) {
      if (s.get("free").asBoolean() && s.get("cabin").asString().equals("ECONOMY")) {
        economy.add(s.get("code").asString());
      }
    }
    var seat = economy.get(0);
    var elsewhere = economy.get(1);
    long otherConversation = conversation("booking " + other, false);
    var held =
        act(
            otherConversation,
            "seat",
            agent.token(),
            "hold-" + other,
            "{\"identityCheck\":\""
                + CHECKED
                + "\",\"recordLocator\":\"%s\",\"segmentId\":\"1\",\"seats\":[{\"passengerId\":\"1\",\"seat\":\"%s\"}]}"
                    .formatted(other, seat));
    assertThat(held.status()).as(held.body()).isEqualTo(201);

    var partial =
        rebookAsAgent(
            conversation,
            "p-" + locator,
            locator,
            best,
            ",\"sendConfirmation\":false,\"seats\":[{\"passengerId\":\"1\",\"seat\":\""
                + seat
                + "\"}]");

    assertThat(partial.status()).as(partial.body()).isEqualTo(200);
    assertThat(partial.json().get("status").asString()).isEqualTo("partial");
    assertThat(partial.json().get("failedStep").asString()).isEqualTo("seat:1");
    assertThat(partial.json().get("error").asString()).contains("taken");
    assertThat(secondFlight(conversation, locator).get("number").asString()).isEqualTo(number);

    // The other traveller moves; the seat is free; the retry does only what was left.
    var moved =
        act(
            otherConversation,
            "seat",
            agent.token(),
            "move-" + other,
            "{\"identityCheck\":\""
                + CHECKED
                + "\",\"recordLocator\":\"%s\",\"segmentId\":\"1\",\"seats\":[{\"passengerId\":\"1\",\"seat\":\"%s\"}]}"
                    .formatted(other, elsewhere));
    assertThat(moved.status()).as(moved.body()).isEqualTo(201);
    long id = partial.json().get("id").asLong();
    var retried = api.post("/api/v1/booking-actions/" + id + "/retry", agent.token(), "");

    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    assertThat(retried.json().get("status").asString()).as(retried.body()).isEqualTo("done");
    assertThat(
            booking(conversation, locator)
                .get("segments")
                .get(1)
                .get("seats")
                .get(0)
                .get("seat")
                .asString())
        .isEqualTo(seat);
    assertThat(retried.json().get("audit"))
        .extracting(e -> e.get("event").asString())
        .containsExactly("requested", "changed", "failed", "retried", "seat_assigned", "done");
  }

  @Test
  void movingAPublicTweetToPrivateRepliesWithTheBrandsDmLink() {
    networks.stubFor(xPosts().willReturn(xPostCreated(Ids.random())));
    long conversation =
        conversation("@DemoAir my flight home was moved 3 hours earlier, help!", true);

    var moved = act(conversation, "move-private", agent.token(), "mp-" + conversation, "{}");

    assertThat(moved.status()).as(moved.body()).isEqualTo(201);
    var link = "https://x.com/messages/compose?recipient_id=" + brand.account();
    var messages =
        api.get("/api/v1/conversations/" + conversation + "/messages", agent.token())
            .json()
            .get("items");
    assertThat(messages)
        .anySatisfy(
            m -> {
              assertThat(m.get("direction").asString()).isEqualTo("outbound");
              assertThat(m.get("visibility").asString()).isEqualTo("public");
              assertThat(m.get("text").asString()).endsWith(link);
            });
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                networks.verify(
                    postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(containing(link))));
    var repeat = act(conversation, "move-private", agent.token(), "mp-" + conversation, "{}");
    assertThat(repeat.status()).isEqualTo(200);
  }

  @Test
  void aPrivateConversationIsAlreadyPrivate() {
    long conversation = conversation("hello, booking question", false);
    var moved = act(conversation, "move-private", agent.token(), "mp-" + conversation, "{}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(409);
    assertThat(moved.json().get("detail").asString()).contains("already private");
  }

  @Test
  void badRequestsGetAClearProblemAndChangeNothing() {
    var locator = storyBooking();
    long conversation = conversation("booking " + locator, false);
    var best = firstAlternative(conversation, locator, "segment=2");
    var good = rebookBody(locator, best.get("flight"), "schedule_change", "");

    // Each must be refused with a problem that says what is wrong, and store no action.
    assertProblem(act(conversation, "rebook", agent.token(), null, good), 400, "Idempotency-Key");
    assertProblem(
        act(conversation, "rebook", agent.token(), "b1", good.replace(locator, "K7M-2Q")),
        400,
        "six letters");
    assertProblem(
        act(
            conversation,
            "rebook",
            agent.token(),
            "b2",
            good.replace("schedule_change", "because")),
        400,
        "reason must be one of");
    assertProblem(
        act(
            conversation,
            "rebook",
            agent.token(),
            "b3",
            good.replaceFirst("\"date\":\"[^\"]+\"", "\"date\":\"tomorrow\"")),
        400,
        "YYYY-MM-DD");
    assertProblem(
        act(
            conversation,
            "rebook",
            agent.token(),
            "b4",
            good.replace("\"flightNumber\":\"", "\"flightNumber\":\"X")),
        400,
        "flight number");
    assertProblem(
        act(
            conversation,
            "seat",
            agent.token(),
            "b5",
            "{\"identityCheck\":\""
                + CHECKED
                + "\",\"recordLocator\":\""
                + locator
                + "\",\"segmentId\":\"2\",\"seats\":[{\"passengerId\":\"1\",\"preference\":\"sofa\"}]}"),
        400,
        "window or aisle");
    assertProblem(act(conversation, "rebook", agent.token(), "b6", "{not json"), 400, null);
    assertProblem(
        act(conversation, "rebook", agent.token(), "b7", good.replace(locator, "ZZZZZ9")),
        404,
        "No booking");
    assertProblem(act(999_999_999L, "rebook", agent.token(), "b8", good), 404, "No conversation");
    assertProblem(
        act(
            conversation,
            "rebook",
            agent.token(),
            "b9",
            good.replace("\"segmentId\":\"2\"", "\"segmentId\":\"7\"")),
        404,
        "no segment 7");
    assertProblem(api.get(bookingPath(conversation, "ab"), agent.token()), 400, "six letters");
    assertProblem(
        api.get(bookingPath(conversation, locator) + "?lastName=Nobody", agent.token()),
        404,
        "No booking " + locator);
    assertProblem(
        api.get(bookingPath(conversation, locator) + "/alternatives?date=soon", agent.token()),
        400,
        null);
    assertProblem(
        api.get(bookingPath(conversation, locator) + "/alternatives?cabin=first", agent.token()),
        400,
        "economy or business");

    assertThat(
            jdbc.sql("select count(*) from booking_action where workspace_id = ?")
                .param(ws.id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(booking(conversation, locator).get("segments").get(1).get("status").asString())
        .isEqualTo("SCHEDULE_CHANGED");
  }

  @Test
  void anotherWorkspaceSeesNoneOfTheActions() {
    var locator = storyBooking();
    long conversation = conversation("booking " + locator, false);
    var best = firstAlternative(conversation, locator, "segment=2");
    var done =
        rebookAsAgent(
            conversation,
            "iso-" + locator,
            locator,
            best.get("flight"),
            ",\"sendConfirmation\":false");
    assertThat(done.status()).as(done.body()).isEqualTo(201);

    var stranger = api.newWorkspace();
    assertThat(
            api.get("/api/v1/booking-actions/" + done.json().get("id").asLong(), stranger.token())
                .status())
        .isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/booking-actions/" + done.json().get("id").asLong() + "/retry",
                    stranger.token(),
                    "")
                .status())
        .isEqualTo(404);
    assertThat(
            act(
                    conversation,
                    "rebook",
                    stranger.token(),
                    "iso2-" + locator,
                    rebookBody(locator, best.get("flight"), "schedule_change", ""))
                .status())
        .isEqualTo(404);
  }

  @Test
  void theMailboxPageShowsTheConfirmationSentInTheAgentsLanguage() throws Exception {
    var locator = storyBooking();
    long conversation = conversation("booking " + locator, false);
    var sent =
        act(
            conversation,
            "seat",
            agent.token(),
            "mail-" + locator,
            ("{\"identityCheck\":\""
                    + CHECKED
                    + "\",\"recordLocator\":\"%s\",\"segmentId\":\"2\",\"sendConfirmation\":true,"
                    + "\"language\":\"fr\",\"seats\":[{\"passengerId\":\"1\",\"preference\":\"aisle\"}]}")
                .formatted(locator));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);

    // The page must list the e-mail (subject in French, as the customer's language asked) under
    // the French page heading for an agent who chose French.
    var page = console(ws, "agent-" + ws.slug(), "/console/mailbox?lang=fr");
    assertThat(page)
        .contains("Boîte d’envoi")
        .contains("réservation " + locator)
        .contains(locator.toLowerCase() + "@example.com");
  }

  /** Signs in to the console as a user of the workspace and fetches a page. */
  private String console(Api.Workspace ws, String username, String path) {
    var page = ConsoleSession.signedIn(port, ws.slug(), username, Api.PASSWORD).get(path);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return page.body();
  }

  private static void assertProblem(Api.Response response, int status, String detail) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.raw().headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    if (detail != null) {
      assertThat(response.json().get("detail").asString()).contains(detail);
    }
  }

  private static List<MimeMessage> mailTo(String address) {
    var found = new ArrayList<MimeMessage>();
    for (var message : smtp.getReceivedMessages()) {
      try {
        if (message.getAllRecipients()[0].toString().equals(address)) {
          found.add(message);
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
