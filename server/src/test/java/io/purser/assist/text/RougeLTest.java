package io.purser.assist.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeLTest {

  @Test
  void scoresTheLongestCommonSubsequenceAsF1() {
    // LCS "the cat sat" = 3: precision 3/3, recall 3/6, F1 = 2/3.
    assertThat(RougeL.of("The cat sat", "the cat sat on the mat")).isCloseTo(2.0 / 3, within(1e-9));
    // LCS "police killed gunman" = 3 of 4 words each: F1 = 0.75 (Lin 2004's example).
    assertThat(RougeL.of("police killed the gunman", "police kill the gunman"))
        .isCloseTo(0.75, within(1e-9));
    assertThat(RougeL.of("the gunman kill police", "police killed the gunman"))
        .isCloseTo(0.5, within(1e-9));
  }

  @Test
  void ignoresSignaturesPlaceholdersCaseAndPunctuation() {
    assertThat(RougeL.of("__cust__ We're sorry, Cory! ^SO", "we're SORRY cory *TMC"))
        .isEqualTo(1.0);
    assertThat(RougeL.of("Thanks *TMC", "Hello there -AB")).isZero();
  }

  @Test
  void scoresNothingForAnEmptyReply() {
    assertThat(RougeL.of("", "hello")).isZero();
    assertThat(RougeL.of("hello", "*TMC")).isZero();
  }

  @Test
  void scoresWordCodesAsItScoresWords() {
    List<String> a = List.of("so", "sorry", "for", "the", "delay");
    List<String> b = List.of("sorry", "about", "the", "delay", "today");
    assertThat(RougeL.f1(new int[] {1, 2, 3, 4, 5}, new int[] {2, 6, 4, 5, 7}))
        .isCloseTo(RougeL.f1(a, b), within(1e-12))
        .isCloseTo(0.6, within(1e-12));
  }
}
