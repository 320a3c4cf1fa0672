package io.purser.reports;

import static io.purser.testing.NetworkStandIn.xPostCreated;
import static io.purser.testing.NetworkStandIn.xPosts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.purser.reports.ExpectedFigures.Seen;
import io.purser.testing.Api;
import io.purser.testing.Brand;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.MovingClock;
import io.purser.testing.Payloads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * Reports count what happened: real tweets through the signed webhook, agents answering at known
 * times on a moving clock, conversations resolved and reopened; every figure of the summary, the
 * breakdowns and the export (JSON and CSV) is checked against a computation the test makes from the
 * messages the API shows and what the test did.
 */
class ReportsIT extends BrandIntegrationTest {

  static final MovingClock CLOCK =
      new MovingClock(Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3)));

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final Duration TARGET = Duration.ofMinutes(10);

  /** The application's clock is the test's: replies are sent at the times the test chooses. */
  @TestConfiguration
  static class Time {
    @Bean
    @Primary
    Clock movingClock() {
      return CLOCK;
    }
  }

  private final Map<Long, Instant> resolved = new HashMap<>();
  private final Map<Long, Integer> reopened = new HashMap<>();

  /** Who last answered each conversation: a reply makes its author the owner. */
  private final Map<Long, Long> answeredBy = new HashMap<>();

  private Api.User alice;
  private Api.User bob;

  @Test
  void everyFigureMatchesWhatTheConversationsShow() {
    var story = playTheDay();
    var seen = seen(story);
    var range = "from=" + CLOCK.instant().minus(Duration.ofDays(1)) + "&to=" + CLOCK.instant();

    var summary = report("/api/v1/reports/summary?" + range);
    assertFigures(summary, ExpectedFigures.of(seen));
    // The script's own arithmetic, so that agreeing on nothing cannot pass: answers after 90 s,
    // 15 min, 4 min and 8 min; resolutions 62 and 61 minutes after the start; one reopened, one
    // gone private, one never answered.
    assertFigures(
        summary, new ExpectedFigures.Figures(5, 360.0, 774.0, 3 / 5.0, 1, 3690.0, 0.2, 0.2));
    assertThat(summary.path("firstResponse").path("businessP50Seconds").asDouble())
        .as("around the clock, working time is wall time")
        .isEqualTo(summary.path("firstResponse").path("p50Seconds").asDouble());
    assertThat(summary.path("csat").path("responses").asLong()).isZero();
    assertCsvRow(csv("/api/v1/reports/summary?format=csv&" + range).get(1), 0, summary);

    assertBreakdown(range, "channel", seen, Seen::channel);
    assertBreakdown(range, "intent", seen, Seen::intent);
    assertBreakdown(range, "agent", seen, s -> s.agent() == null ? null : s.agent().toString());
    assertBreakdown(range, "team", seen, s -> null);
    assertBreakdown(
        range, "hour", seen, s -> Integer.toString(s.startedAt().atZone(TOKYO).getHour()));
    assertBreakdown(range, "day", seen, s -> s.startedAt().atZone(TOKYO).toLocalDate().toString());

    var filtered = report("/api/v1/reports/summary?" + range + "&agent=" + alice.id());
    assertFigures(
        filtered,
        ExpectedFigures.of(
            seen.stream().filter(s -> Long.valueOf(alice.id()).equals(s.agent())).toList()));
    assertExport(range, seen);
  }

  @Test
  void refusesMissingInvalidAndTooWideRanges() {
    var token = ws.token();
    for (var query :
        List.of(
            "",
            "from=2026-12-01T00:00:00Z",
            "from=yesterday&to=2026-12-02T00:00:00Z",
            "from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
            "from=2025-01-01T00:00:00Z&to=2026-12-01T00:00:00Z",
            "from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z&agent=alice")) {
      var answer = api.get("/api/v1/reports/summary?" + query, token);
      assertThat(answer.status()).as(query + " " + answer.body()).isEqualTo(400);
      assertThat(answer.json().path("detail").asString()).isNotBlank();
    }
    var range = "from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z";
    assertThat(api.get("/api/v1/reports/breakdown?by=weather&" + range, token).status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/reports/conversations?format=csv", token).status()).isEqualTo(400);
    var agent = brand.agent("carol");
    assertThat(api.get("/api/v1/reports/summary?" + range, agent.token()).status())
        .as("an agent does not read reports")
        .isEqualTo(403);
  }

  @Test
  void anotherWorkspaceSeesNoneOfTheConversations() {
    brand.tweet(
        Ids.random(), "@brand my flight was cancelled and I need a refund", CLOCK.instant());
    var other = Brand.onX(api);
    var range =
        "from="
            + CLOCK.instant().minus(Duration.ofDays(1))
            + "&to="
            + CLOCK.instant().plusSeconds(1);
    assertThat(report("/api/v1/reports/summary?" + range).path("conversations").asLong())
        .isPositive();
    var theirs = api.get("/api/v1/reports/summary?" + range, other.token());
    assertThat(theirs.json().path("conversations").asLong()).isZero();
    var export = api.get("/api/v1/reports/conversations?format=csv&" + range, other.token());
    assertThat(export.body().strip().lines()).hasSize(1);
    var breakdown = api.get("/api/v1/reports/breakdown?by=agent&" + range, other.token());
    assertThat(breakdown.json().path("items")).isEmpty();
  }

  /** The scripted day; answers the conversations it made. */
  private List<Long> playTheDay() {
    setPolicy();
    alice = brand.agent("alice");
    bob = brand.agent("bob");
    var customers = new ArrayList<String>();
    var conversations = new ArrayList<Long>();
    // 1: Alice answers in 90 s; the customer goes on in private; resolved after an hour.
    conversations.add(tweet(customers, "@brand my flight was cancelled, I need a refund now"));
    answer(conversations.get(0), alice, Duration.ofSeconds(90));
    CLOCK.move(Duration.ofSeconds(30));
    var privately = Ids.random();
    brand.deliverX(
        Payloads.xDirectMessage(
            account, privately, customers.get(0), account, "my booking is ABC123", now()));
    assertThat(brand.conversationOf(privately))
        .as("the customer's private message goes on with the same conversation")
        .isEqualTo(conversations.get(0));
    CLOCK.move(Duration.ofMinutes(60));
    resolve(conversations.get(0));
    // 2: Bob answers after 15 minutes, past the 10-minute target.
    conversations.add(tweet(customers, "@brand where is my lost luggage? still nothing"));
    answer(conversations.get(1), bob, Duration.ofMinutes(15));
    // 3: nobody answers.
    conversations.add(tweet(customers, "@brand the app will not let me check in, please help"));
    // 4: Alice answers in 4 minutes, resolves, the customer writes again, resolved again.
    conversations.add(tweet(customers, "@brand my flight is delayed, will I make my connection?"));
    answer(conversations.get(3), alice, Duration.ofMinutes(4));
    CLOCK.move(Duration.ofMinutes(5));
    resolve(conversations.get(3));
    CLOCK.move(Duration.ofMinutes(20));
    brand.deliverX(
        Payloads.xTweet(
            account,
            Ids.random(),
            customers.get(3),
            Brand.CUSTOMER_HANDLE,
            "@brand actually I missed it, what now?",
            null,
            now()));
    awaitStatus(conversations.get(3), "open");
    reopened.merge(conversations.get(3), 1, Integer::sum);
    resolved.remove(conversations.get(3));
    answer(conversations.get(3), alice, Duration.ofMinutes(2));
    CLOCK.move(Duration.ofMinutes(30));
    resolve(conversations.get(3));
    // 5: Bob answers in 8 minutes.
    conversations.add(tweet(customers, "@brand I was charged twice for my seat, refund please"));
    answer(conversations.get(4), bob, Duration.ofMinutes(8));
    CLOCK.move(Duration.ofMinutes(1));
    return conversations;
  }

  private void setPolicy() {
    var policy =
        api.put(
            "/api/v1/sla-policy",
            ws.token(),
            """
            {"name":"Reports","calendar":{"type":"always","timeZone":"Asia/Tokyo"},
             "targets":{"firstResponse":"PT10M","nextResponse":"PT30M","resolution":"PT24H",
                        "warnBefore":"PT2M"}}
            """);
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
  }

  private long tweet(List<String> customers, String text) {
    CLOCK.move(Duration.ofMinutes(3));
    var customer = Ids.random();
    customers.add(customer);
    return brand.tweet(customer, text, now());
  }

  private void answer(long conversation, Api.User agent, Duration after) {
    CLOCK.move(after);
    networks.stubFor(xPosts().willReturn(xPostCreated(Ids.random())));
    var queued =
        api.reply(conversation, agent.token(), "{\"text\":\"We are on it\",\"takeover\":true}");
    assertThat(queued.status()).as(queued.body()).isEqualTo(202);
    brand.awaitLatest(conversation, "sent");
    answeredBy.put(conversation, agent.id());
  }

  private void resolve(long conversation) {
    var answer = api.setStatus(conversation, ws.token(), "resolved");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    resolved.put(conversation, now());
  }

  private void awaitStatus(long conversation, String status) {
    org.awaitility.Awaitility.await()
        .atMost(Brand.RECORDED)
        .until(
            () ->
                api.get("/api/v1/conversations/" + conversation, ws.token())
                    .json()
                    .path("status")
                    .asString(),
            status::equals);
  }

  private static Instant now() {
    return CLOCK.instant();
  }

  /** Each conversation as its messages show it, with what the test did to it. */
  private List<Seen> seen(List<Long> conversations) {
    var seen = new ArrayList<Seen>();
    for (long id : conversations) {
      var messages = brand.messages(id);
      var first = messages.get(0);
      Instant answered = null;
      Long agent;
      boolean needs = false;
      boolean movedToPrivate = false;
      for (var m : messages) {
        boolean inbound = "inbound".equals(m.path("direction").asString());
        if (inbound) {
          needs |= m.path("triage").path("needsResponse").asBoolean();
          movedToPrivate |= "private".equals(m.path("visibility").asString());
        } else if (answered == null
            && Set.of("sent", "delivered", "read").contains(m.path("deliveryStatus").asString())) {
          answered = Instant.parse(m.path("createdAt").asString());
        }
      }
      agent = answeredBy.get(id);
      seen.add(
          new Seen(
              id,
              Instant.parse(first.path("receivedAt").asString()),
              first.path("network").asString(),
              first.path("triage").path("intent").asString(),
              first.path("triage").path("language").asString(),
              agent,
              needs,
              movedToPrivate,
              answered,
              resolved.get(id),
              reopened.getOrDefault(id, 0),
              TARGET));
    }
    return seen;
  }

  private JsonNode report(String path) {
    var answer = api.get(path, ws.token());
    assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  private List<List<String>> csv(String path) {
    var answer = api.get(path, ws.token());
    assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
    assertThat(answer.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    return answer.body().lines().map(l -> List.of(l.split(",", -1))).toList();
  }

  private static void assertFigures(JsonNode actual, ExpectedFigures.Figures expected) {
    assertThat(actual.path("conversations").asLong()).isEqualTo(expected.conversations());
    var first = actual.path("firstResponse");
    assertNumber(first.path("p50Seconds"), expected.p50(), "first response p50");
    assertNumber(first.path("p90Seconds"), expected.p90(), "first response p90");
    assertNumber(first.path("withinSla"), expected.withinSla(), "within SLA");
    assertThat(actual.path("unanswered").asLong())
        .as("unanswered")
        .isEqualTo(expected.unanswered());
    assertNumber(
        actual.path("resolution").path("p50Seconds"), expected.resolutionP50(), "resolution p50");
    assertNumber(actual.path("reopenRate"), expected.reopenRate(), "reopen rate");
    assertNumber(actual.path("movedToPrivate"), expected.movedToPrivate(), "moved to private");
  }

  private static void assertNumber(JsonNode actual, Double expected, String what) {
    if (expected == null) {
      assertThat(actual.isNull() || actual.isMissingNode()).as(what + ": " + actual).isTrue();
    } else {
      assertThat(actual.asDouble()).as(what).isCloseTo(expected, within(1e-9));
    }
  }

  /** A CSV row holds the JSON's figures in the header's order, after {@code skip} key cells. */
  private static void assertCsvRow(List<String> row, int skip, JsonNode figures) {
    var first = figures.path("firstResponse");
    var expected =
        List.of(
            figures.path("conversations"),
            first.path("p50Seconds"),
            first.path("p90Seconds"),
            first.path("withinSla"),
            first.path("businessP50Seconds"),
            first.path("businessP90Seconds"),
            figures.path("unanswered"),
            figures.path("resolution").path("p50Seconds"),
            figures.path("nextResponse").path("p50Seconds"),
            figures.path("reopenRate"),
            figures.path("movedToPrivate"),
            figures.path("csat").path("responses"),
            figures.path("csat").path("average"));
    assertThat(row).hasSize(skip + expected.size());
    for (int i = 0; i < expected.size(); i++) {
      var cell = row.get(skip + i);
      var json = expected.get(i);
      if (json.isNull() || json.isMissingNode()) {
        assertThat(cell).as("cell " + i).isEmpty();
      } else {
        assertThat(Double.parseDouble(cell)).as("cell " + i).isEqualTo(json.asDouble());
      }
    }
  }

  private void assertBreakdown(
      String range, String by, List<Seen> seen, Function<Seen, String> key) {
    var items = report("/api/v1/reports/breakdown?by=" + by + "&" + range).path("items");
    var expected = ExpectedFigures.by(seen, key);
    var actual = new HashMap<String, JsonNode>();
    items.forEach(i -> actual.put(i.hasNonNull("key") ? i.path("key").asString() : null, i));
    assertThat(actual.keySet()).as(by).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((k, group) -> assertFigures(actual.get(k), ExpectedFigures.of(group)));

    var rows = csv("/api/v1/reports/breakdown?by=" + by + "&format=csv&" + range);
    assertThat(rows.get(0).get(0)).isEqualTo("key");
    assertThat(rows).hasSize(items.size() + 1);
    for (var row : rows.subList(1, rows.size())) {
      assertCsvRow(row, 1, actual.get(row.get(0).isEmpty() ? null : row.get(0)));
    }
  }

  private void assertExport(String range, List<Seen> seen) {
    var rows = csv("/api/v1/reports/conversations?format=csv&" + range);
    var header = rows.get(0);
    assertThat(rows).hasSize(seen.size() + 1);
    var byId = new HashMap<Long, Seen>();
    seen.forEach(s -> byId.put(s.id(), s));
    for (var row : rows.subList(1, rows.size())) {
      var cells = new HashMap<String, String>();
      for (int i = 0; i < header.size(); i++) {
        cells.put(header.get(i), row.get(i));
      }
      var s = byId.get(Long.parseLong(cells.get("conversation_id")));
      assertThat(s).as("a conversation of the script").isNotNull();
      assertThat(Instant.parse(cells.get("started_at"))).isEqualTo(s.startedAt());
      assertThat(cells.get("first_response_wall_s"))
          .isEqualTo(s.firstResponseSeconds() == null ? "" : s.firstResponseSeconds().toString());
      assertThat(cells.get("resolution_wall_s"))
          .isEqualTo(s.resolutionSeconds() == null ? "" : s.resolutionSeconds().toString());
      assertThat(cells.get("reopened_count")).isEqualTo(Integer.toString(s.reopened()));
      assertThat(cells.get("moved_to_private")).isEqualTo(Boolean.toString(s.movedToPrivate()));
      assertThat(cells.get("intent")).isEqualTo(s.intent());
      assertThat(cells.get("first_response_met"))
          .isEqualTo(s.firstResponseAt() == null ? "" : Boolean.toString(s.metSla()));
    }
  }
}
