package io.purser.assist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.assist.SolvedConversation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarterCorpusTest {

  @Test
  void shipsOnlyTrainingConversations() {
    List<SolvedConversation> all = StarterCorpus.conversations("no such brand");
    assertThat(all).hasSizeGreaterThan(30_000);
    assertThat(all).noneMatch(c -> DialogSplit.isTest(c.id()));
  }

  @Test
  void givesABrandItsOwnConversations() {
    assertThat(StarterCorpus.conversations("Delta"))
        .hasSizeBetween(7_000, 9_000)
        .hasSizeLessThan(StarterCorpus.conversations("any").size());
  }

  @Test
  void writesTheTrainingSplitAndReadsItBack() throws IOException {
    var test = new Dialog("6", "Delta", "bag\tlost", "Sorry!");
    var training = new Dialog("7", "Delta", "my bag\nis lost", "So sorry! *TMC");
    var out = new ByteArrayOutputStream();
    assertThat(StarterCorpus.write(List.of(test, training), out)).isEqualTo(1);
    assertThat(StarterCorpus.read(new ByteArrayInputStream(out.toByteArray())))
        .containsExactly(new Dialog("7", "Delta", "my bag is lost", "So sorry! *TMC"));
  }
}
