package io.purser.triage.decision;

import io.purser.triage.text.MessageText;
import io.purser.triage.text.TweetText;
import java.util.List;

/**
 * What the category decision needs to know about a message besides the model's probabilities: cues
 * found in the text and its context.
 *
 * @param asksQuestion a question mark or a question word at the start
 * @param asksForHelp request words or phrases ("please", "can you", "DM", "necesito", …)
 * @param spamCues how many spam words or phrases it holds
 * @param links how many links it holds
 * @param isPublic a public post, not a private message
 * @param inReplyToBrandPost a reply to the brand's own post
 */
public record MessageSignals(
    boolean asksQuestion,
    boolean asksForHelp,
    int spamCues,
    int links,
    boolean isPublic,
    boolean inReplyToBrandPost) {

  /** Reads the cues of a message. */
  public static MessageSignals of(
      MessageText message, boolean isPublic, boolean inReplyToBrandPost) {
    List<String> tokens = message.tokens();
    boolean questionMark = false;
    int links = 0;
    for (String token : tokens) {
      questionMark |= token.startsWith("?");
      links += TweetText.LINK.equals(token) ? 1 : 0;
    }
    boolean question = questionMark || startsAsQuestion(tokens);
    boolean help =
        Cues.anyWord(tokens, Cues.REQUEST_WORDS) || Cues.REQUEST_PHRASES.foundIn(message);
    int spam =
        Cues.countWords(tokens, Cues.SPAM_WORDS) + (Cues.SPAM_PHRASES.foundIn(message) ? 1 : 0);
    return new MessageSignals(question, help, spam, links, isPublic, inReplyToBrandPost);
  }

  private static boolean startsAsQuestion(List<String> tokens) {
    for (String token : tokens) {
      if (!token.startsWith("@") && !token.equals(TweetText.MENTION)) {
        return token.startsWith("¿") || Cues.QUESTION_STARTS.contains(token) && tokens.size() > 3;
      }
    }
    return false;
  }
}
