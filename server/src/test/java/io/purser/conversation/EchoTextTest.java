package io.purser.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Our reply is recognised in the network's echo although the network rewrote it. */
class EchoTextTest {

  @Test
  void matchesAPostWhoseLinksXShortened() {
    assertThat(
            EchoText.same(
                "Rebook here: https://example.com/rebook?pnr=1 or see example.com/help",
                "Rebook here: https://t.co/AbC123xyz or see https://t.co/Zz9"))
        .isTrue();
  }

  @Test
  void matchesAPostWithTheMentionsXPutInFront() {
    assertThat(EchoText.same("We are on it", "@traveller @other_one We are on it")).isTrue();
  }

  @Test
  void comparesTheTextsAsWrittenTheXParserHavingUndoneItsEscaping() {
    assertThat(EchoText.same("Bags & seats <soon>", "Bags & seats <soon>")).isTrue();
    assertThat(EchoText.same("write &amp; for &", "write &amp; for &")).isTrue();
    assertThat(EchoText.same("write &amp; for &", "write & for &")).isFalse();
  }

  @Test
  void doesNotMatchADifferentReply() {
    assertThat(EchoText.same("We are on it", "@traveller We are not on it")).isFalse();
    assertThat(EchoText.same("", "")).as("an empty text matches nothing").isFalse();
  }
}
