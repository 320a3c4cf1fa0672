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
    var tweet = Ids.random();
    api.deliverX(
        Payloads.xTweet(
            account,
            tweet,
            Ids.random(),
            "Search_Sam",
            "@brand Vol annulé, refund for booking ZQ7K4P please",
            null,
            Instant.now()));
    long conversation = conversationOf(tweet);

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
}
