package io.purser.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssistCliTest {

  @TempDir Path folder;

  @Test
  void printsTheJsonContractOnTheLastLine() throws IOException {
    Path training = Files.writeString(folder.resolve("training.csv"), dialogs(60));
    Path cases = Files.writeString(folder.resolve("cases.csv"), dialogs(4));
    var out = new ByteArrayOutputStream();
    int code =
        AssistCli.run(
            new String[] {"eval", "--train", training.toString(), "--data", cases.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(code).isZero();
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "\\{\"cases\":4,\"top1_rougeL\":[0-9.]+,\"top3_rougeL\":[0-9.]+,"
                + "\"constant_rougeL\":[0-9.]+,\"nearest_neighbour_rougeL\":[0-9.]+,"
                + "\"p95_ms\":[0-9.]+}");
  }

  @Test
  void refusesAnUnknownOption() {
    var err = new ByteArrayOutputStream();
    int code =
        AssistCli.run(
            new String[] {"eval", "--model", "x"},
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--model");
  }

  /** Refund and baggage requests with the replies agents gave, alternating. */
  private static String dialogs(int count) {
    StringBuilder csv = new StringBuilder("first_tweet_id,airline,first_utterance,context\n");
    for (int i = 0; i < count; i++) {
      boolean refund = i % 2 == 0;
      csv.append(i + 100)
          .append(",Delta,\"<cust__ ")
          .append(refund ? "I want a refund for flight " + i : "my bag is lost again " + i)
          .append(" __cust>\",\"<rep__ __cust__ ")
          .append(refund ? "Please DM us your confirmation number." : "Please file a bag report.")
          .append(" *TMC __rep>\"\n");
    }
    return csv.toString();
  }
}
