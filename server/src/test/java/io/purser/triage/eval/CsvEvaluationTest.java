package io.purser.triage.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import io.purser.triage.TriageResult;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The labelled-CSV evaluation of {@code purser eval triage --lang xx --data FILE}. */
class CsvEvaluationTest {

  static final Triage TRIAGE = Triage.loadDefault();
  static final String ANGRY = "@united worst airline ever, 5 hours delayed and lost my bag";
  static final String HAPPY = "@united thank you so much, great crew and a lovely flight!";

  CsvEvalReport run(String csv) throws IOException {
    return CsvEvaluation.run(TRIAGE, new StringReader(csv), "en", "test.csv");
  }

  String sentimentOf(String text) {
    return TRIAGE.classify(TriageRequest.ofText(text)).sentiment().wireName();
  }

  @Test
  void quotedFieldsWithCommasQuotesAndNewlinesAreOneTextEach() throws IOException {
    String quoted = "She said \"\"never again\"\", twice,\nand meant it";
    CsvEvalReport report =
        run("text,sentiment\n\"" + quoted + "\",negative\n\"" + ANGRY + "\",negative\n");

    // Two rows, not five: the commas, doubled quotes and the newline stay inside the first text.
    assertThat(report.rows()).isEqualTo(2);
    assertThat(report.sentiment().cases()).isEqualTo(2);
    String text = "She said \"never again\", twice,\nand meant it";
    double expected =
        ((sentimentOf(text).equals("negative") ? 1 : 0)
                + (sentimentOf(ANGRY).equals("negative") ? 1 : 0))
            / 2.0;
    assertThat(report.sentiment().accuracy()).isEqualTo(expected);
  }

  @Test
  void labelNamesAreScoredAsThreeLabelsWithNegativeAgainstTheRest() throws IOException {
    // The model must call the angry text negative and the happy one positive for this to hold.
    assertThat(sentimentOf(ANGRY)).isEqualTo("negative");
    assertThat(sentimentOf(HAPPY)).isEqualTo("positive");

    CsvEvalReport report =
        run("text,sentiment\n\"" + ANGRY + "\",negative\n\"" + HAPPY + "\",neutral\n");

    assertThat(report.sentimentBinary()).isFalse();
    assertThat(report.sentiment().accuracy()).isEqualTo(0.5);
    // Negative found (recall 1) and the neutral text not called negative (1): balanced 1.0.
    assertThat(report.sentiment().balanced()).isEqualTo(1.0);
    assertThat(report.toJson()).contains("\"negative_balanced_accuracy\":1.0000", "\"labels\"");
  }

  @Test
  void zeroMeansNegativeAndOneMeansNotNegative() throws IOException {
    CsvEvalReport report = run("text,sentiment\n\"" + ANGRY + "\",0\n\"" + HAPPY + "\",1\n");

    assertThat(report.sentimentBinary()).isTrue();
    assertThat(report.sentiment().accuracy()).isEqualTo(1.0);
    assertThat(report.sentiment().macroF1()).isEqualTo(1.0);
    assertThat(report.toJson()).contains("\"encoding\":\"0_1\"");
  }

  @Test
  void mixingBothSentimentEncodingsIsRefusedWithTheRow() {
    assertThatThrownBy(() -> run("text,sentiment\nfirst,0\nsecond,negative\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 3");
  }

  @Test
  void anUnknownSentimentValueIsRefused() {
    assertThatThrownBy(() -> run("text,sentiment\nfirst,angry\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentiment must be");
  }

  @Test
  void aFileWithoutATextColumnIsRefused() {
    assertThatThrownBy(() -> run("message,sentiment\nhello,neutral\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'text' column");
  }

  @Test
  void columnsTheFileLacksAreLeftOutOfTheReport() throws IOException {
    CsvEvalReport report = run("text\nhello there\n");

    assertThat(report.rows()).isEqualTo(1);
    assertThat(report.sentiment()).isNull();
    assertThat(report.needsResponse()).isNull();
    assertThat(report.language()).isNull();
    assertThat(report.toJson()).isEqualTo("{\"lang\":\"en\",\"file\":\"test.csv\",\"rows\":1}");
  }

  @Test
  void needsResponseAndLanguageAreComparedWithTheTriageResult() throws IOException {
    TriageResult angry = TRIAGE.classify(TriageRequest.ofText(ANGRY));
    CsvEvalReport report =
        run(
            "language,text,needs_response\n"
                + angry.language()
                + ",\""
                + ANGRY
                + "\","
                + angry.needsResponse()
                + "\nxx,\""
                + ANGRY
                + "\","
                + !angry.needsResponse()
                + "\n");

    assertThat(report.needsResponse().accuracy()).isEqualTo(0.5);
    assertThat(report.language().accuracy()).isEqualTo(0.5);
    assertThat(report.language().cases()).isEqualTo(2);
  }
}
