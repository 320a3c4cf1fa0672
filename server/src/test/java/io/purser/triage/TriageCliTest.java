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
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void evalOfALabelledCsvPrintsItsJsonOnTheLastLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("care.csv");
    Files.writeString(
        file,
        "language,text,sentiment,needs_response\n"
            + "es,\"@Iberia vuelo cancelado otra vez, perdí mi conexión\",negative,true\n");

    assertThat(run("eval", "--lang", "es", "--data", file.toString(), "--json")).isEqualTo(0);

    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines[lines.length - 1])
        .startsWith("{\"lang\":\"es\",\"file\":\"care.csv\",\"rows\":1,\"sentiment\":{")
        .contains("\"negative_balanced_accuracy\":", "\"needs_response\":{", "\"language\":{");
  }

  @Test
  void anUnknownLanguageIsAUsageError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("care.csv");
    Files.writeString(file, "text\nhola\n");

    assertThat(run("eval", "--lang", "xx", "--data", file.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown --lang 'xx'");
  }

  @Test
  void anUnreadableCsvIsAUsageError(@TempDir Path dir) {
    assertThat(run("eval", "--lang", "es", "--data", dir.resolve("absent.csv").toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");
  }

  @Test
  void aCsvWithoutATextColumnIsAUsageError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("care.csv");
    Files.writeString(file, "message,sentiment\nhola,neutral\n");

    assertThat(run("eval", "--lang", "es", "--data", file.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("'text' column");
  }
}
