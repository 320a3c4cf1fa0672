package io.purser.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyTemplateTest {

  @Test
  void fillsKnownVariablesAndLeavesMissingOnesVisible() {
    var filled =
        ReplyTemplate.fill(
            "Hi {customer_name}, booking {record_locator} is rebooked. {unknown} $1 \\o/",
            Map.of("customer_name", "Luc", "record_locator", ""));

    assertThat(filled).isEqualTo("Hi Luc, booking {record_locator} is rebooked. {unknown} $1 \\o/");
  }

  @Test
  void signsInTheBrandsStyleWhateverMarkTheAgentStored() {
    assertThat(ReplyTemplate.signature(" ^{signature}", "^AB")).isEqualTo(" ^AB");
    assertThat(ReplyTemplate.signature(" ^{signature}", "AB")).isEqualTo(" ^AB");
    assertThat(ReplyTemplate.signature(" ^{signature}", " ")).isEmpty();
  }

  @Test
  void appendsTheSignatureOnceOnly() {
    assertThat(ReplyTemplate.signed("On it!  ", " ^AB")).isEqualTo("On it! ^AB");
    assertThat(ReplyTemplate.signed("On it! ^AB", " ^AB")).isEqualTo("On it! ^AB");
    assertThat(ReplyTemplate.signed("On it!", "")).isEqualTo("On it!");
  }
}
