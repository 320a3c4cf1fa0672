package io.purser.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SlaSimulationCommandTest {

  static final String HEADER = "tweet_id,airline_sentiment,negativereason,text,tweet_created\n";

  @TempDir Path dir;

  /** 40 requests in 20 minutes, then quiet: one agent falls behind, then catches up. */
  Path burst() throws IOException {
    var rows = new StringBuilder(HEADER);
    var texts =
        new String[] {
          "@united my flight was Cancelled Flightled, I need to be rebooked today please help",
          "@AmericanAir I'm stranded at the airport, missed my connection, what now?",
          "@SouthwestAir my bag is lost, how do I file a claim?",
          "@JetBlue can you help me change my seat on tomorrow's flight?"
        };
    for (int i = 0; i < 40; i++) {
      rows.append(
          "%d,negative,Cancelled Flight,\"%s\",2015-02-22 12:%02d:%02d -0800\n"
              .formatted(5700000 + i, texts[i % texts.length], i / 2, (i % 2) * 30));
    }
    rows.append("5700999,positive,,\"@united thanks, great crew!\",2015-02-22 13:00:00 -0800\n");
    return Files.writeString(dir.resolve("Tweets.csv"), rows.toString());
  }

  @Test
  void answersEveryRequestEvenWhenTheTeamFallsBehindAndEndsWithTheJsonLine() throws IOException {
    var out = new ByteArrayOutputStream();

    int code =
        SlaSimulationCommand.run(
            new String[] {"sla", "--agents", "1", "--data", burst().toString(), "--json"},
            new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    var lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    var json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
    assertThat(json.get("agents").asInt()).isEqualTo(1);
    assertThat(json.get("arrivals").asInt()).isEqualTo(41);
    int needsResponse = json.get("needs_response").asInt();
    assertThat(needsResponse).isBetween(35, 41);
    for (var policy : new String[] {"fifo", "purser"}) {
      JsonNode outcome = json.get("policies").get(policy);
      assertThat(outcome.get("unanswered").asInt()).as(policy).isZero();
      assertThat(outcome.get("answered").asInt()).as(policy).isEqualTo(needsResponse);
      assertThat(outcome.get("within_10_min").asDouble()).as(policy).isBetween(0.0, 1.0);
      assertThat(outcome.get("urgent_within_10_min").asDouble()).isBetween(0.0, 1.0);
      assertThat(outcome.get("frt_p90_min").asDouble())
          .isGreaterThanOrEqualTo(outcome.get("frt_p50_min").asDouble());
      assertThat(outcome.get("max_waiting").asInt()).isPositive();
    }
    assertThat(json.get("agents_needed_for_90pct_within_10_min").asInt()).isGreaterThan(1);
    assertThat(json.get("surges").isArray()).isTrue();
  }

  @Test
  void restrictsToOnePolicyAndRefusesAnUnknownOne() throws IOException {
    var out = new ByteArrayOutputStream();
    var data = burst().toString();

    int code =
        SlaSimulationCommand.run(
            new String[] {"sla", "--policy", "fifo", "--data", data, "--json"},
            new PrintStream(out, true, StandardCharsets.UTF_8));
    int refused =
        SlaSimulationCommand.run(
            new String[] {"sla", "--policy", "lifo", "--data", data},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    var last = out.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElseThrow();
    var policies = JsonMapper.builder().build().readTree(last).get("policies");
    assertThat(policies.has("fifo")).isTrue();
    assertThat(policies.has("purser")).isFalse();
    assertThat(refused).isEqualTo(2);
  }

  @Test
  void drawsTheChart() throws IOException {
    var chart = dir.resolve("sla.png");

    SlaSimulationCommand.run(
        new String[] {
          "sla", "--agents", "2", "--data", burst().toString(), "--chart", chart.toString()
        },
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(Files.readAllBytes(chart)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
  }
}
