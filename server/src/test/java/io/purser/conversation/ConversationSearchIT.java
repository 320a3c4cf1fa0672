package io.purser.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.Payloads;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Messages that arrive through the signed X webhook become findable by search, as they are. */
class ConversationSearchIT extends BrandIntegrationTest {

  @Autowired ConversationSearch search;

  private List<ConversationSearch.Hit> find(String query) {
    return search.search(ws.id(), query, 50);
  }

  private long conversationOf(String externalId) {
    return brand.conversationOf(externalId);
  }

  @Test
  void aTweetIsFoundByItsWordsItsRecordLocatorAndItsAuthorsHandle() {
    long conversation =
        brand.tweet(
            Ids.random(), "Search_Sam", "@brand Vol annulé, refund for booking ZQ7K4P please");

    assertThat(find("ZQ7K4P"))
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.conversation().id()).isEqualTo(conversation);
              assertThat(hit.messageText()).contains("booking ZQ7K4P");
            });
    // Any case, accents or not, words in any order: every word must be there.
    assertThat(find("BOOKING refund"))
        .extracting(h -> h.conversation().id())
        .containsExactly(conversation);
    assertThat(find("annule")).extracting(h -> h.conversation().id()).containsExactly(conversation);
    assertThat(find("refund lounge")).isEmpty();
    // The handle, with or without capitals; the name is the handle in this payload.
    assertThat(find("@search_sam"))
        .extracting(h -> h.conversation().id())
        .containsExactly(conversation);
    assertThat(find("@SEARCH_SAM").get(0).messageId()).isNull();
    assertThat(find("@search")).isEmpty();
  }

  @Test
  void aDirectMessageJoinsTheSameCustomersSearchTerms() {
    var customer = Ids.random();
    var dm = Ids.random();
    api.deliverX(
        Payloads.xDirectMessage(
            account, dm, customer, account, "Lost luggage at gate B12", Instant.now()));
    long conversation = conversationOf(dm);

    assertThat(find("lost luggage"))
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.conversation().id()).isEqualTo(conversation);
              assertThat(hit.messageText()).isEqualTo("Lost luggage at gate B12");
            });
    // The sender's name as the payload gives it ("User <id>") finds the conversation.
    assertThat(find("User " + customer))
        .extracting(h -> h.conversation().id())
        .containsExactly(conversation);
    assertThat(find("@user" + customer))
        .extracting(h -> h.conversation().id())
        .containsExactly(conversation);
  }

  @Test
  void aWordFindsItsOtherFormsAndTheWordsItBeginsInEnglishFrenchAndSpanish() {
    long english = brand.tweet(Ids.random(), "stem_sue", "@brand My flight was DELAYED twice");
    long frenchOne =
        brand.tweet(
            Ids.random(), "stem_zoe", "@brand Annulation du vol, je veux un" + " remboursement");
    long spanishOne =
        brand.tweet(Ids.random(), "stem_ana", "@brand mi vuelo fue cancelado y" + " retrasado");

    // "delay" misses nothing that says "delayed"; "delays" and "delaying" find it too.
    for (var query : List.of("delay", "delays", "delaying", "dela", "flights delayed")) {
      assertThat(find(query)).as(query).extracting(h -> h.conversation().id()).contains(english);
    }
    assertThat(find("delay").get(0).snippet().pieces())
        .filteredOn(SearchSnippet.Piece::match)
        .extracting(SearchSnippet.Piece::text)
        .containsExactly("DELAYED");
    // French: annulée finds "Annulation", rembourser finds "remboursement".
    assertThat(find("annulée remboursé"))
        .extracting(h -> h.conversation().id())
        .containsExactly(frenchOne);
    // Spanish: retraso finds "retrasado", cancelada finds "cancelado".
    assertThat(find("retraso cancelada"))
        .extracting(h -> h.conversation().id())
        .containsExactly(spanishOne);
    // Every word must still be there, in some form.
    assertThat(find("delayed remboursement")).isEmpty();
    // A two-letter word is a whole word, not the start of every word.
    assertThat(find("fl")).isEmpty();
  }
}
