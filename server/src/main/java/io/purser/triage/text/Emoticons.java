package io.purser.triage.text;

import java.util.List;

/**
 * Reads the ASCII emoticons tweets use for feelings, :) :-( :D ;) :/ &lt;3, as two tokens: smile
 * and frown. They carry sentiment the words do not.
 */
final class Emoticons {

  static final String SMILE = "<smile>";
  static final String FROWN = "<frown>";

  private Emoticons() {}

  /**
   * Reads an emoticon starting at {@code i}: returns minus the index after it (and adds its token)
   * when there is one, or {@code i} unchanged when there is none.
   */
  static int read(String text, int i, List<String> tokens) {
    char c = text.charAt(i);
    if (c == '<' && text.startsWith("<3", i)) {
      tokens.add(SMILE);
      return -(i + 2);
    }
    boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    if ((c != ':' && c != ';' && c != '=') || afterWord) {
      return i;
    }
    int j = i + 1;
    if (j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '\'')) {
      j++;
    }
    if (j >= text.length()) {
      return i;
    }
    char mouth = text.charAt(j);
    if (mouth == ')' || mouth == 'D' || mouth == 'P' || mouth == 'p' || mouth == ']') {
      tokens.add(SMILE);
      return -(j + 1);
    }
    if (mouth == '(' || mouth == '/' || mouth == '[' || mouth == '|') {
      tokens.add(FROWN);
      return -(j + 1);
    }
    return i;
  }
}
