package io.purser.conversation.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenTermsTest {

  @Test
  void knowsOnlyTheTermsNotedForThatConversation() {
    var written = new WrittenTerms();
    written.add(1, List.of("refund", "@sam", "annule"));
    written.add(1, List.of("refund", "bag"));
    written.add(2, List.of("seat"));

    assertThat(written.contains(1, "refund")).isTrue();
    assertThat(written.contains(1, "bag")).isTrue();
    assertThat(written.contains(1, "@sam")).isTrue();
    assertThat(written.contains(1, "seat")).isFalse();
    assertThat(written.contains(2, "refund")).isFalse();
    assertThat(written.contains(3, "refund")).isFalse();
  }

  @Test
  void forgetsTheLeastRecentlyWrittenConversationsPastItsSize() {
    var written = new WrittenTerms();
    for (long c = 0; c <= WrittenTerms.CONVERSATIONS; c++) {
      written.add(c, List.of("word"));
      if (c == 10) {
        written.contains(0, "word"); // a read keeps conversation 0 among the recent ones
      }
    }
    assertThat(written.contains(0, "word")).isTrue();
    assertThat(written.contains(1, "word")).isFalse();
    assertThat(written.contains(WrittenTerms.CONVERSATIONS, "word")).isTrue();
  }

  @Test
  void similarTermsHashApart() {
    var hashes = new java.util.HashSet<Long>();
    for (int i = 0; i < 200_000; i++) {
      assertThat(hashes.add(WrittenTerms.hash("w" + i))).isTrue();
    }
    assertThat(WrittenTerms.hash("ab")).isNotEqualTo(WrittenTerms.hash("ba"));
  }
}
