package io.purser.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The notes nodes send each other: every change arrives, no note too long, junk ignored. */
class NewsNoteTest {

  private static final String NODE = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

  @Test
  void aNoteReadsBackAsWritten() {
    var notes =
        NewsNote.write(NODE, Map.of(12L, Set.of(401L, 402L), 13L, Set.of(7L)), Set.of(12L), 7_900);

    assertThat(notes).hasSize(1);
    var note = NewsNote.read(notes.get(0));
    assertThat(note.node()).isEqualTo(NODE);
    assertThat(note.conversations()).isEqualTo(Map.of(12L, Set.of(401L, 402L), 13L, Set.of(7L)));
    assertThat(note.agents()).containsExactly(12L);
  }

  @Test
  void aSurgeIsCutIntoWholeNotesThatTogetherNameEveryChange() {
    var conversations = new TreeMap<Long, Set<Long>>();
    for (long ws = 1; ws <= 5; ws++) {
      var ids = new LinkedHashSet<Long>();
      LongStream.range(0, 2_000).forEach(i -> ids.add(1_000_000_000L + i));
      conversations.put(ws, ids);
    }
    var agents = Set.of(1L, 2L, 3L);

    var notes = NewsNote.write(NODE, conversations, agents, 7_900);

    assertThat(notes).hasSizeGreaterThan(5).allSatisfy(n -> assertThat(n).hasSizeLessThan(7_901));
    var heard = new HashMap<Long, Set<Long>>();
    var heardAgents = new java.util.HashSet<Long>();
    for (var text : notes) {
      var note = NewsNote.read(text);
      assertThat(note).as(text).isNotNull();
      assertThat(note.node()).isEqualTo(NODE);
      note.conversations()
          .forEach(
              (ws, ids) -> heard.computeIfAbsent(ws, k -> new java.util.HashSet<>()).addAll(ids));
      heardAgents.addAll(note.agents());
    }
    assertThat(heard).isEqualTo(conversations);
    assertThat(heardAgents).isEqualTo(agents);
  }

  @Test
  void whatIsNotANoteIsIgnored() {
    assertThat(NewsNote.read(null)).isNull();
    assertThat(NewsNote.read("")).isNull();
    assertThat(NewsNote.read(NODE)).isNull();
    assertThat(NewsNote.read(NODE + "|c12:40x")).isNull();
    assertThat(NewsNote.read(NODE + "|x12")).isNull();
    assertThat(NewsNote.read(NODE + "||c1:2")).isNull();
    assertThat(NewsNote.read(NODE + "|c:2")).isNull();
    assertThat(NewsNote.read("|c1:2")).isNull();
    assertThat(NewsNote.read(NODE + "|a" + "9".repeat(40))).isNull();
  }
}
