package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Api;
import io.purser.testing.Brand;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A workspace's regular expression cannot stall the pipeline worker it shares with other
 * workspaces: rules run in linear time, what cannot is refused, and a rule stored before these
 * checks is skipped and shown as invalid rather than breaking the pipeline.
 */
class HostileRuleIT extends IntegrationTest {

  private static final String RULES = "/api/v1/triage/rules";

  @Autowired JdbcClient jdbc;

  private static String regexRule(String name, String pattern) {
    return Api.JSON
        .createObjectNode()
        .put("name", name)
        .put("match", "REGEX")
        .put("pattern", pattern)
        .put("action", "HIDE")
        .toString();
  }

  @Test
  void anotherWorkspacesMessagesKeepFlowingWhileAHostileRuleExists() {
    var attacker = Brand.onX(api);
    var victim = Brand.onX(api);
    assertThat(api.post(RULES, attacker.token(), regexRule("as", "^(a+)+$")).status())
        .isEqualTo(201);
    // The same author in both workspaces: the deliveries share a partition, hence a worker.
    var author = Ids.random();

    var hostile = deliver(attacker, author, "a".repeat(40) + "!");
    var victims = new ArrayList<String>();
    for (int i = 0; i < 3; i++) {
      victims.add(deliver(victim, author, "my bag is lost, flight UA" + i));
    }

    for (var tweet : victims) {
      assertThat(victim.message(tweet, Duration.ofSeconds(10)).get("text").asString())
          .startsWith("my bag is lost");
    }
    var attackersOwn = attacker.message(hostile, Duration.ofSeconds(5));
    assertThat(attackersOwn.get("triage").get("brandActions").get("hidden").asBoolean()).isFalse();
  }

  @Test
  void refusesABackreferenceWithAProblemThatNamesIt() {
    var ws = api.newWorkspace();

    var refused = api.post(RULES, ws.token(), regexRule("hostile", "^((a+)\\2?)+$"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    assertThat(refused.json().get("detail").asString())
        .contains("backreference (\\2)")
        .contains("RE2");
    var lookbehind = api.post(RULES, ws.token(), regexRule("behind", "(?<!not )cancelled"));
    assertThat(lookbehind.status()).isEqualTo(400);
    assertThat(lookbehind.json().get("detail").asString()).contains("lookbehind");
    var bomb = api.post(RULES, ws.token(), regexRule("bomb", "((a{1000}){1000}){1000}"));
    assertThat(bomb.status()).isEqualTo(400);
    assertThat(bomb.json().get("detail").asString()).contains("counted repetitions");
    assertThat(api.get(RULES, ws.token()).json().get("items").size()).isZero();
  }

  @Test
  void boundsAPatternsLengthAndAWorkspacesRuleCount() {
    var ws = api.newWorkspace();

    var tooLong = api.post(RULES, ws.token(), regexRule("long", "a".repeat(501)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("detail").asString()).contains("at most 500");

    for (int i = 0; i < 100; i++) {
      assertThat(api.post(RULES, ws.token(), regexRule("r" + i, "flight " + i)).status())
          .isEqualTo(201);
    }
    var oneTooMany = api.post(RULES, ws.token(), regexRule("r100", "flight 100"));
    assertThat(oneTooMany.status()).isEqualTo(400);
    assertThat(oneTooMany.json().get("detail").asString()).contains("at most 100 triage rules");
    assertThat(api.get(RULES, ws.token()).json().get("items").size()).isEqualTo(100);
  }

  @Test
  void aStoredRuleTheEngineCannotRunIsSkippedAndShownAsInvalid() {
    var brand = Brand.onX(api);
    var ws = brand.ws();
    // Saved by an older version, which compiled rules with java.util.regex.
    jdbc.sql(
            "insert into brand_rule (workspace_id, name, match_kind, pattern, action,"
                + " action_value, created_at) values (?, 'legacy', 'REGEX', ?, 'HIDE', null, ?)")
        .params(ws.id(), "^((a+)\\2?)+$", Instant.now().atOffset(ZoneOffset.UTC))
        .update();
    assertThat(
            api.post(
                    RULES,
                    ws.token(),
                    "{\"name\":\"bags\",\"match\":\"KEYWORD\",\"pattern\":\"bag\",\"action\":\"TAG\","
                        + "\"value\":\"baggage\"}")
                .status())
        .isEqualTo(201);

    var tweet = deliver(brand, Ids.random(), "aaaa my bag is lost");

    var message = brand.message(tweet, Duration.ofSeconds(10));
    assertThat(message.get("triage").get("brandActions").get("tags").toString())
        .contains("baggage");
    List<JsonNode> items = new ArrayList<>();
    api.get(RULES, ws.token()).json().get("items").forEach(items::add);
    assertThat(items).hasSize(2);
    var legacy = items.get(0);
    assertThat(legacy.get("name").asString()).isEqualTo("legacy");
    assertThat(legacy.get("valid").asBoolean()).isFalse();
    assertThat(legacy.get("invalidBecause").asString()).contains("backreference");
    assertThat(items.get(1).get("valid").asBoolean()).isTrue();
  }

  private String deliver(Brand brand, String author, String text) {
    var tweet = Ids.random();
    brand.deliverX(
        Payloads.xTweet(brand.account(), tweet, author, "fan", text, null, Instant.now()));
    return tweet;
  }
}
