package io.purser.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SLA clocks through the real webhooks and REST API: they start with a customer's message, a reply
 * stops the first-response clock, the sweeper fires a warning and then a breach within seconds
 * (with escalation), policies are validated, business hours move due times past the weekend, and
 * the report lists what was measured.
 */
class SlaIT extends BrandIntegrationTest {

  @BeforeEach
  void repliesArePosted() {
    networks.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/2/tweets"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    "{\"data\":{\"id\":\"" + Ids.random() + "\",\"text\":\"ok\"}}")));
  }

  private void policy(String firstResponse, String warnBefore) {
    SlaApi.fast(api, ws, firstResponse, warnBefore);
  }

  private long tweet(String text) {
    return brand.tweet(text);
  }

  private JsonNode sla(long conversation) {
    var response = api.get("/api/v1/conversations/" + conversation + "/sla", ws.token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode clock(JsonNode sla, String name) {
    for (var clock : sla.get("clocks")) {
      if (clock.get("clock").asString().equals(name)) {
        return clock;
      }
    }
    throw new AssertionError("no clock " + name + " in " + sla);
  }

  @Test
  void theDefaultPolicyGivesTenMinutesForTheFirstResponse() {
    long conversation = tweet("@brand my flight is delayed, what are my options?");

    var sla = sla(conversation);
    var first = clock(sla, "first_response");
    assertThat(first.get("status").asString()).isEqualTo("ok");
    var due = Instant.parse(first.get("dueAt").asString());
    var started = Instant.parse(sla.get("startedAt").asString());
    assertThat(Duration.between(started, due)).isEqualTo(Duration.ofMinutes(10));
    assertThat(sla.get("policy").asString()).isEqualTo("Default");
    var routing = api.get("/api/v1/conversations/" + conversation + "/routing", ws.token()).json();
    assertThat(Instant.parse(routing.get("slaDueAt").asString())).isEqualTo(due);
  }

  @Test
  void aWarningAndThenABreachAreFiredOnceEachWithinSecondsAndEscalated() {
    policy("PT4S", "PT2S");
    long conversation = tweet("@brand my bag is lost and nobody answers the phone");

    await().atMost(Duration.ofSeconds(15)).until(() -> kinds(conversation).contains("breached"));

    var mine = SlaApi.events(api, ws, conversation);
    assertThat(mine)
        .extracting(e -> e.get("kind").asString())
        .containsExactly("breached", "warning");
    var breach = mine.get(0);
    assertThat(breach.get("clock").asString()).isEqualTo("first_response");
    assertThat(breach.get("escalation").asString())
        .contains("supervisors notified", "priority raised");
    var firedLate =
        Duration.between(
            Instant.parse(breach.get("dueAt").asString()),
            Instant.parse(breach.get("firedAt").asString()));
    assertThat(firedLate).isLessThan(Duration.ofSeconds(3));
    assertThat(clock(sla(conversation), "first_response").get("status").asString())
        .isEqualTo("breached");
    var reasons =
        api.get("/api/v1/conversations/" + conversation + "/routing", ws.token())
            .json()
            .get("priorityReasons")
            .toString();
    assertThat(reasons).contains("sla_");
  }

  private String kinds(long conversation) {
    var kinds = new StringBuilder();
    SlaApi.events(api, ws, conversation)
        .forEach(e -> kinds.append(e.get("kind").asString()).append(' '));
    return kinds.toString();
  }

  @Test
  void anAgentsReplyMeetsTheFirstResponseTargetAndIsMeasured() {
    long conversation = tweet("@brand can I bring my guitar as hand luggage?");

    var reply =
        api.reply(conversation, ws.token(), "{\"text\":\"Yes, if it fits in the overhead bin.\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);

    var sla = sla(conversation);
    assertThat(sla.get("metrics").get("firstResponseMet").asBoolean()).isTrue();
    assertThat(sla.get("metrics").get("firstResponseSeconds").asLong()).isLessThan(60);
    // A stopped clock is no longer listed: only the resolution clock still runs.
    assertThat(sla.get("clocks").toString()).doesNotContain("first_response");
    assertThat(clock(sla, "resolution").get("status").asString()).isEqualTo("ok");

    var csv = api.get("/api/v1/reports/sla?format=csv", ws.token());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .startsWith("conversation_id,started_at");
    assertThat(csv.body()).contains(conversation + ",");
  }

  @Test
  void pendingPausesTheResolutionClock() {
    long conversation = tweet("@brand I need a receipt for my flight last week");
    api.reply(
        conversation, ws.token(), "{\"text\":\"Could you send us your booking reference by DM?\"}");

    var pending = api.setStatus(conversation, ws.token(), "pending");
    assertThat(pending.status()).as(pending.body()).isEqualTo(200);

    assertThat(clock(sla(conversation), "resolution").get("status").asString()).isEqualTo("paused");
  }

  @Test
  void businessHoursMoveTheDueTimePastTheWeekendAndHolidays() {
    var saved =
        api.put(
            "/api/v1/sla-policy",
            ws.token(),
            """
            {"name":"Office","calendar":{"type":"business_hours","timeZone":"Europe/Paris",
              "hours":{"monday":[{"start":"09:00","end":"18:00"}],"tuesday":[{"start":"09:00","end":"18:00"}],
                       "wednesday":[{"start":"09:00","end":"18:00"}],"thursday":[{"start":"09:00","end":"18:00"}],
                       "friday":[{"start":"09:00","end":"18:00"}]},
              "holidays":["2026-12-28"]},
             "targets":{"firstResponse":"PT1H"}}
            """);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    // Friday 25 December 2026, 17:30 in Paris (16:30 UTC): 30 minutes before closing. Monday 28th
    // is a holiday, so the remaining 30 minutes are Tuesday 09:00–09:30 Paris (08:30 UTC).
    var due =
        api.get("/api/v1/sla-policy/due?from=2026-12-25T16:30:00Z&target=PT1H", ws.token()).json();
    assertThat(due.get("dueAt").asString()).isEqualTo("2026-12-29T08:30:00Z");
  }

  @Test
  void anInvalidPolicyIsRefusedWithTheReasonAndTheOldOneStays() {
    var refused =
        api.put(
            "/api/v1/sla-policy", ws.token(), "{\"targets\":{\"firstResponse\":\"ten minutes\"}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("firstResponse must be an ISO-8601 duration");

    var badZone =
        api.put(
            "/api/v1/sla-policy",
            ws.token(),
            "{\"calendar\":{\"type\":\"business_hours\",\"timeZone\":\"Mars/Olympus\"},"
                + "\"targets\":{\"firstResponse\":\"PT10M\"}}");
    assertThat(badZone.status()).isEqualTo(400);
    assertThat(badZone.body()).contains("timeZone");

    assertThat(api.get("/api/v1/sla-policy", ws.token()).json().get("name").asString())
        .isEqualTo("Default");
    var agent = brand.agent("agent");
    assertThat(api.put("/api/v1/sla-policy", agent.token(), "{\"targets\":{}}").status())
        .isEqualTo(403);
  }
}
