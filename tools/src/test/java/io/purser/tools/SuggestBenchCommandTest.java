package io.purser.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.assist.SolvedConversation;
import io.purser.assist.corpus.Dialog;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestBenchCommandTest {

  @Test
  void repeatsTheConversationsWithVariedWordsAndNewIdsBeyondTheData() {
    var data =
        List.of(
            new Dialog("1", "Delta", "my bag did not arrive in Atlanta", "Sorry!"),
            new Dialog("2", "Delta", "refund for my cancelled flight please", "DM us."));
    List<SolvedConversation> solved = SuggestBenchCommand.solved(data, 5);
    assertThat(solved)
        .extracting(SolvedConversation::id)
        .containsExactly("1", "2", "1-1", "2-1", "1-2");
    assertThat(solved.get(2).customerWords())
        .isNotEqualTo(data.get(0).query())
        .isNotEqualTo(solved.get(4).customerWords());
    assertThat(solved.get(2).reply()).isEqualTo("Sorry!");
  }
}
