package io.purser.assist.corpus;

import io.purser.assist.SolvedConversation;
import io.purser.assist.adapt.CorpusBrands;
import java.util.Objects;

/**
 * One solved conversation of the dialogs data: what the customer wrote before the brand first
 * answered, and that first answer.
 *
 * @param id the conversation's id ({@code first_tweet_id})
 * @param airline the brand that answered ({@code __company__})
 * @param query the customer's words before the first agent reply, turns joined by a space
 * @param reply the first agent reply as written, signature and placeholders included
 */
public record Dialog(String id, String airline, String query, String reply) {
  public Dialog {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(airline, "airline is required");
    Objects.requireNonNull(query, "query is required");
    Objects.requireNonNull(reply, "reply is required");
  }

  /**
   * The dialog as a solved conversation to learn from, in English (the corpus's language), its
   * reply speaking for no airline: the answering airline's names and products taken out ({@link
   * CorpusBrands}).
   */
  public SolvedConversation solved() {
    return new SolvedConversation(id, "en", query, CorpusBrands.neutral(airline, reply));
  }
}
