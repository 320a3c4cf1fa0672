package io.purser.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.reports.ReportCsv;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportParametersTest {

  private static ReportParameters range(String from, String to) {
    return new ReportParameters(from, to, null, null, null, null, null, null);
  }

  @Test
  void aRangeOfAMonthWithFiltersMakesAQuery() {
    var parameters =
        new ReportParameters(
            "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z", "x", "", "42", null, "fr", "urgent");
    assertThat(parameters.problem()).isNull();
    var query = parameters.query();
    assertThat(query.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(query.channel()).isEqualTo("x");
    assertThat(query.team()).as("a blank filter is no filter").isNull();
    assertThat(query.agent()).isEqualTo(42L);
    assertThat(query.language()).isEqualTo("fr");
    assertThat(query.band()).isEqualTo("urgent");
  }

  @Test
  void saysWhatIsWrongWithARange() {
    assertThat(range(null, "2026-12-01T00:00:00Z").problem()).contains("required");
    assertThat(range("last week", "2026-12-01T00:00:00Z").problem()).contains("ISO 8601");
    assertThat(range("2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z").problem()).contains("before");
    assertThat(range("2025-11-29T00:00:00Z", "2026-12-01T00:00:00Z").problem())
        .contains("366 days");
    assertThat(range("2025-11-30T00:00:00Z", "2026-12-01T00:00:00Z").problem())
        .as("a year and a day is allowed")
        .isNull();
  }

  @Test
  void anAgentIsAUserId() {
    var parameters =
        new ReportParameters(
            "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z", null, null, "bob", null, null, null);
    assertThat(parameters.problem()).contains("agent");
  }

  @Test
  void quotesCsvCellsThatHoldACommaOrAQuote() {
    assertThat(ReportCsv.cell("Refunds, EU")).isEqualTo("\"Refunds, EU\"");
    assertThat(ReportCsv.cell("the \"VIP\" desk")).isEqualTo("\"the \"\"VIP\"\" desk\"");
    assertThat(ReportCsv.cell(null)).isEmpty();
    assertThat(ReportCsv.cell(12.5)).isEqualTo("12.5");
  }
}
