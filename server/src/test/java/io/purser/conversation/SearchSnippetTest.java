package io.purser.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.conversation.SearchSnippet.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchSnippetTest {

  @Test
  void marksEveryFormOfTheQueryWordsAsTheCustomerWroteThem() {
    var snippet = SearchSnippet.of("Flight DELAYED, now the delay is 3 hours", List.of("delay"));
    assertThat(snippet.pieces())
        .containsExactly(
            new Piece("Flight ", false),
            new Piece("DELAYED", true),
            new Piece(", now the ", false),
            new Piece("delay", true),
            new Piece(" is 3 hours", false));
  }

  @Test
  void accentsAndMarkupStayTheCustomersTextNeverMarkup() {
    var snippet = SearchSnippet.of("Vol <b>annulé</b> & remboursé?", List.of("annul"));
    assertThat(snippet.pieces())
        .containsExactly(
            new Piece("Vol <b>", false),
            new Piece("annulé", true),
            new Piece("</b> & remboursé?", false));
    assertThat(snippet.text()).isEqualTo("Vol <b>annulé</b> & remboursé?");
  }

  @Test
  void aLongMessageIsCutAroundTheFirstMatchAtWordBoundaries() {
    var before = "word ".repeat(60);
    var after = " more".repeat(100);
    var snippet = SearchSnippet.of(before + "refunded" + after, List.of("refund"));
    var text = snippet.text();
    assertThat(text).startsWith("…word ").endsWith("more…").contains("refunded");
    assertThat(text.indexOf("refunded")).isBetween(40, 70);
    assertThat(text.length()).isBetween(200, 280);
    assertThat(snippet.pieces())
        .filteredOn(Piece::match)
        .extracting(Piece::text)
        .containsExactly("refunded");
  }

  @Test
  void withoutAMatchTheSnippetIsTheStartOfTheText() {
    var snippet = SearchSnippet.of("Where is my bag?", List.of());
    assertThat(snippet.pieces()).containsExactly(new Piece("Where is my bag?", false));
    assertThat(SearchSnippet.of(null, List.of("x")).pieces()).isEmpty();
  }
}
