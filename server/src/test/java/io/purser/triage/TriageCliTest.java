package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.purser.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TriageCliTest {

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return TriageCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: triage train");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("eval", "--splitt", "test")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--splitt");
  }

  @Test
  void missingDataIsAFailureNotAUsageError() {
    assertThat(run("eval", "--data", "/nonexistent/purser-data")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Tweets.csv");
  }

  @Test
  void evalPrintsTheJsonContractOnTheLastLine() {
    Path data = SharedData.folder().resolve("data");
    assumeTrue(
        Files.isRegularFile(data.resolve("airline-sentiment/Tweets.csv")),
        "skipped: ../shared/data is absent, so the evaluation smoke test cannot run");

    assertThat(run("eval", "--split", "test", "--data", data.toString(), "--json")).isEqualTo(0);

    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines[lines.length - 1])
        .startsWith("{\"split\":\"test\",\"sentiment\":{\"accuracy\":")
        .contains("\"intent\":{\"accuracy\":", "\"needs_response\":{\"recall_on_complaints\":")
        .contains("\"pii\":{\"precision\":", "\"language\":{\"accuracy\":")
        .contains("\"throughput_per_core\":", "\"p99_us\":")
        .endsWith("}");
  }
}
