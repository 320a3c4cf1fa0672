package io.purser.ingest.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every customer message reaches an agent whole, however long and whatever it holds: it comes
 * through the signed X webhook and is read back from the conversation's messages. Before, a DM
 * listing 2,000 e-mail addresses or hundreds of record locators made a triage record no column
 * held, and the delivery was parked as failed; a NUL parked it on PostgreSQL. A delivery that is
 * parked all the same is shown to administrators and replayed once by the operator.
 */
class EveryMessageKeptIT extends BrandIntegrationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aDmWithTwoThousandAddressesIsStoredInFull() {
    var text =
        IntStream.range(0, 2000)
            .mapToObj(i -> "traveller" + i + "@example.com")
            .collect(Collectors.joining(" "));
    var message = shown(deliverDm(text));
    assertThat(message.path("text").asString()).isEqualTo(text);
    var triage = message.path("triage");
    assertThat(triage.path("personalData").size()).isEqualTo(RecordedTriage.FINDINGS_PER_KIND);
    assertThat(triage.path("personalDataOmitted").path("email").asInt())
        .isEqualTo(2000 - RecordedTriage.FINDINGS_PER_KIND);
  }

  @Test
  void aDmWithHundredsOfRecordLocatorsIsStoredInFull() {
    var text =
        IntStream.range(0, 600)
            .mapToObj(i -> "booking " + locator(i))
            .collect(Collectors.joining(", "));
    var message = shown(deliverDm(text));
    assertThat(message.path("text").asString()).isEqualTo(text);
    assertThat(message.path("triage").path("personalDataOmitted").path("record_locator").asInt())
        .isPositive();
  }

  @Test
  void aTwentyThousandCharacterDmIsStoredInFull() {
    var text = "My flight was cancelled and nobody helps. ".repeat(500).substring(0, 20_000);
    assertThat(shown(deliverDm(text)).path("text").asString()).isEqualTo(text);
  }

  @Test
  void oddUnicodeIsStoredAndShownNotParked() {
    var kept =
        "\u202Bשלום\u202C \u200Fمرحبا "
            + "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83D\uDE80 \uD835\uDC00 𠀀";
    // Escapes a JSON writer would not produce: a NUL and surrogates without their pair.
    var dm = Ids.random();
    var body =
        new String(
                Payloads.xDirectMessage(
                    account, dm, Ids.random(), account, "NUL LONE " + kept, Instant.now()),
                StandardCharsets.UTF_8)
            .replace("NUL", "a\\u0000b")
            .replace("LONE", "c\\uD83Dd\\uDE00e");
    brand.deliverX(body.getBytes(StandardCharsets.UTF_8));

    var message = shown(awaitMessage(dm));
    assertThat(message.path("text").asString()).isEqualTo("a\uFFFDb c\uFFFDd\uFFFDe " + kept);
  }

  @Test
  void aParkedDeliveryIsShownToItsAdminsAndReplayedOnce() {
    var dm = Ids.random();
    long delivery =
        parked(Payloads.xDirectMessage(account, dm, Ids.random(), account, "hello?", now()));

    var operator = api.get("/api/v1/inbox", BOOTSTRAP_TOKEN);
    assertThat(operator.status()).isEqualTo(200);
    assertThat(ids(operator.json().path("parked"))).contains(delivery);
    var parked = find(operator.json().path("parked"), delivery);
    assertThat(parked.path("error").asString()).isEqualTo("JdbcSQLDataException (SQL state 22001)");
    assertThat(parked.has("body")).isFalse();
    assertThat(ids(api.get("/api/v1/inbox", ws.token()).json().path("parked")))
        .containsExactly(delivery);
    var stranger = api.newWorkspace();
    assertThat(ids(api.get("/api/v1/inbox", stranger.token()).json().path("parked")))
        .doesNotContain(delivery);
    assertThat(api.post("/api/v1/inbox/" + delivery + "/replay", ws.token(), "").status())
        .isEqualTo(403);
    assertThat(messagesWithId(dm)).isZero();

    var replayed = api.post("/api/v1/inbox/" + delivery + "/replay", BOOTSTRAP_TOKEN, "");
    assertThat(replayed.status()).isEqualTo(202);
    awaitMessage(dm);
    await().until(() -> "done".equals(status(delivery)));
    var again = api.post("/api/v1/inbox/" + delivery + "/replay", BOOTSTRAP_TOKEN, "");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(messagesWithId(dm)).isEqualTo(1);
    assertThat(api.post("/api/v1/inbox/999999999999/replay", BOOTSTRAP_TOKEN, "").status())
        .isEqualTo(404);
  }

  /** A delivery as the pipeline parked it before a fix: failed after its attempts, with why. */
  private long parked(byte[] body) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into inbox_event (source, partition_key, received_at, status, attempts,"
                      + " last_error, processed_at) values ('x', 0, ?, 'failed', 3,"
                      + " 'JdbcSQLDataException (SQL state 22001)', ?)",
                  new String[] {"id"});
          ps.setObject(1, now().atOffset(ZoneOffset.UTC));
          ps.setObject(2, now().atOffset(ZoneOffset.UTC));
          return ps;
        },
        keys);
    long id = keys.getKey().longValue();
    jdbc.update("insert into inbox_body (inbox_event_id, body) values (?, ?)", id, body);
    return id;
  }

  private JsonNode find(JsonNode parked, long id) {
    for (var p : parked) {
      if (p.path("id").asLong() == id) {
        return p;
      }
    }
    throw new AssertionError("delivery " + id + " is not listed: " + parked);
  }

  private static java.util.List<Long> ids(JsonNode parked) {
    var ids = new java.util.ArrayList<Long>();
    parked.forEach(p -> ids.add(p.path("id").asLong()));
    return ids;
  }

  private String status(long delivery) {
    return jdbc.queryForObject(
        "select status from inbox_event where id = ?", String.class, delivery);
  }

  private int messagesWithId(String dm) {
    return jdbc.queryForObject(
        "select count(*) from message where workspace_id = ? and external_id = ?",
        Integer.class,
        ws.id(),
        dm);
  }

  private String deliverDm(String text) {
    var dm = Ids.random();
    brand.deliverX(Payloads.xDirectMessage(account, dm, Ids.random(), account, text, now()));
    awaitMessage(dm);
    return dm;
  }

  private JsonNode awaitMessage(String dm) {
    return brand.message(dm);
  }

  private JsonNode shown(String dm) {
    return shown(awaitMessage(dm));
  }

  /** The message as its conversation shows it to agents. */
  private JsonNode shown(JsonNode found) {
    var conversation = found.path("conversationId").asLong();
    for (var m : brand.messages(conversation)) {
      if (m.path("externalId").asString().equals(found.path("externalId").asString())) {
        return m;
      }
    }
    throw new AssertionError("not in its conversation: " + found.path("externalId"));
  }

  private static Instant now() {
    return Instant.now();
  }

  /** Distinct six-letter record locators. */
  private static String locator(int i) {
    var letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    var code = new StringBuilder("Q");
    for (int n = i, k = 0; k < 5; k++, n /= letters.length()) {
      code.append(letters.charAt(n % letters.length()));
    }
    return code.toString();
  }
}
