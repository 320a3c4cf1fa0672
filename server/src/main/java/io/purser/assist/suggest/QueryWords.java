package io.purser.assist.suggest;

import io.purser.triage.text.TweetText;
import java.util.List;

/**
 * The customer's words as the index reads them: triage's tokens, without the mentions and links
 * that say nothing of the request, and without the data's handle placeholders.
 */
public final class QueryWords {

  private QueryWords() {}

  /** The indexed words of what a customer wrote. */
  public static List<String> of(String customerWords) {
    String text = customerWords.replace("__company__", " ").replace("__cust__", " ");
    return TweetText.tokens(text).stream()
        .filter(t -> !t.equals(TweetText.MENTION) && !t.equals(TweetText.LINK))
        .toList();
  }
}
