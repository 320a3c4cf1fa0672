package io.purser.assist;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.triage.Triage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine on a small corpus of real airline care requests and the replies agents sent. */
class SuggestionsTest {

  static final Triage triage = Triage.loadDefault();

  static final String REFUND =
      "We're sorry for the trouble. Please DM us your confirmation number and we'll look into a"
          + " refund.";
  static final String BAG =
      "Sorry your bag didn't make it. Please file a report with our baggage office at the"
          + " airport.";

  static final List<SolvedConversation> corpus =
      List.of(
          solved("1", "my flight was cancelled and I want a refund", REFUND + " *TMC"),
          solved("2", "can I get a refund for my cancelled ticket?", REFUND + " ^NA"),
          solved("3", "how do I request a refund for my flight, it was cancelled", REFUND),
          solved("4", "I want my money back, refund please", "Hi Cory! " + REFUND + " *AB"),
          solved("5", "my bag did not arrive in Atlanta", BAG + " *TMC"),
          solved("6", "lost luggage, my bag is missing after my flight", BAG),
          solved("7", "where is my bag? it never showed up on the belt", BAG + " ^SO"),
          solved("8", "thanks for the great flight crew today", "Thanks for the kind words! *HKC"));

  final Suggestions suggestions = Suggestions.of(corpus, triage);

  @Test
  void suggestsTheRefundAnswerForARefundRequest() {
    List<Suggestion> suggested =
        suggestions.suggest("my flight got cancelled, how do I get a refund?", "en", none(), 3);
    assertThat(suggested).isNotEmpty();
    assertThat(suggested.get(0).text()).isEqualTo(REFUND);
    assertThat(suggested.get(0).reason()).startsWith("like conversation #");
    assertThat(suggested.get(0).sourceId()).isIn("1", "2", "3", "4");
  }

  @Test
  void suggestsTheBaggageAnswerForALostBag() {
    assertThat(suggestions.suggest("my bag is lost, it did not arrive", "en", none(), 1))
        .extracting(Suggestion::text)
        .containsExactly(BAG);
  }

  @Test
  void suggestsDifferentAnswersAndAdaptsThemToTheCustomer() {
    var context = new ReplyContext("Maria", null, null, "*JS", "Demo Air");
    List<Suggestion> suggested = suggestions.suggest("refund for my lost bag", "en", context, 3);
    assertThat(suggested).extracting(Suggestion::templateKey).doesNotHaveDuplicates();
    assertThat(suggested)
        .allSatisfy(s -> assertThat(s.text()).endsWith("*JS").doesNotContain("Cory"));
  }

  @Test
  void ranksHigherTheAnswerAgentsChoseAndKept() {
    String request = "refund for my lost bag";
    List<Suggestion> before = suggestions.suggest(request, "en", none(), 2);
    Suggestion second = before.get(1);
    for (int i = 0; i < 5; i++) {
      suggestions.recordChoice(second, second.text() + " Thanks!");
    }
    assertThat(suggestions.suggest(request, "en", none(), 2).get(0).templateKey())
        .isEqualTo(second.templateKey());
  }

  @Test
  void aWorkspacesChoicesReRankItsOwnSuggestionsOnly() {
    String request = "refund for my lost bag";
    var ours = Suggestions.of(corpus, triage);
    var theirs = ours.withOwnChoices();
    Suggestion second = ours.suggest(request, "en", none(), 2).get(1);
    for (int i = 0; i < 5; i++) {
      theirs.recordChoice(second, second.text());
    }
    assertThat(theirs.suggest(request, "en", none(), 2).get(0).templateKey())
        .as("the workspace whose agents chose it")
        .isEqualTo(second.templateKey());
    assertThat(ours.suggest(request, "en", none(), 2).get(1).templateKey())
        .as("another workspace on the same corpus")
        .isEqualTo(second.templateKey());
  }

  @Test
  void suggestsNothingInALanguageTheCorpusLacks() {
    assertThat(suggestions.suggest("je veux un remboursement", "fr", none(), 3)).isEmpty();
  }

  private static ReplyContext none() {
    return ReplyContext.none();
  }

  private static SolvedConversation solved(String id, String words, String reply) {
    return new SolvedConversation(id, "en", words, "__cust__ " + reply);
  }
}
