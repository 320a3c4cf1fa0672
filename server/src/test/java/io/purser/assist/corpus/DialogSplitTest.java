package io.purser.assist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DialogSplitTest {

  @Test
  void putsAConversationInTestWhenTheCrc32OfItsIdIsZeroModuloTen() {
    // Expected values computed independently with Python's zlib.crc32 over the id's bytes.
    assertThat(IntStream.range(0, 115).mapToObj(Integer::toString).filter(DialogSplit::isTest))
        .containsExactly("6", "29", "37", "40", "48", "81", "82", "88", "94", "114");
    assertThat(DialogSplit.isDev("801")).isTrue(); // crc32("801") = 1537301491
  }

  @Test
  void holdsOutAboutOneConversationInTenAndKeepsDevInsideTraining() {
    var ids = IntStream.range(0, 20_000).mapToObj(Integer::toString).toList();
    assertThat(ids.stream().filter(DialogSplit::isTest).count()).isBetween(1_800L, 2_200L);
    assertThat(ids).noneMatch(id -> DialogSplit.isTest(id) && DialogSplit.isDev(id));
  }

  @Test
  void dependsOnTheIdAloneNotOnTheOrderOfTheFile() {
    var test = new Dialog("6", "Delta", "my bag is lost", "Sorry!");
    var training = new Dialog("7", "Delta", "my bag is lost", "Sorry!");
    assertThat(DialogSplit.of(List.of(test, training), true)).containsExactly(test);
    assertThat(DialogSplit.of(List.of(training, test), false)).containsExactly(training);
  }
}
