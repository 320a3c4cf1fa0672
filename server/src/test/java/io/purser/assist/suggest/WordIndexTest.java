package io.purser.assist.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordIndexTest {

  final WordIndex index =
      WordIndex.of(
          List.of(
              List.of("my", "bag", "is", "lost"),
              List.of("refund", "my", "ticket"),
              List.of("my", "flight", "is", "delayed")));

  @Test
  void findsTheDocumentSharingTheRarestWordsFirst() {
    assertThat(index.nearest(List.of("refund", "for", "my", "flight"), 3))
        .extracting(WordIndex.Hit::doc)
        .containsExactly(1, 2, 0);
  }

  @Test
  void scoresADocumentAgainstItselfAsOne() {
    assertThat(index.nearest(List.of("my", "bag", "is", "lost"), 1).get(0).similarity())
        .isCloseTo(1.0, within(1e-6));
  }

  @Test
  void findsNothingForWordsItHasNeverSeen() {
    assertThat(index.nearest(List.of("bonjour"), 3)).isEmpty();
  }
}
