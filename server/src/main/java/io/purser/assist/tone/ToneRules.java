package io.purser.assist.tone;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The brand's voice as a workspace defines it: the promises its policy does not allow, the words in
 * capitals that are names rather than shouting, whether replies must be signed, and the phone
 * numbers that are the brand's own.
 *
 * @param promises phrases a reply must not promise, each with the workspace's explanation
 * @param acronyms words in capitals that are not shouting ({@code ASAP}, {@code ESTA}, …), any case
 * @param signatureRequired whether every reply must end with a signature
 * @param signaturePattern a regular expression for a signature at the end of a reply, used when the
 *     agent has no signature of their own
 * @param ownNumbers the brand's own phone numbers (desks, lost and found), which replies give on
 *     purpose; compared by their digits
 */
public record ToneRules(
    List<Promise> promises,
    Set<String> acronyms,
    boolean signatureRequired,
    String signaturePattern,
    Set<String> ownNumbers) {

  /**
   * Agent initials or first name after a mark, as airlines sign on X: {@code *TMC}, {@code ^Tom},
   * {@code ^David S} (a part counter such as {@code (2/2)} may follow it).
   */
  public static final String DEFAULT_SIGNATURE =
      "[*^~\\-–—]\\s?\\p{L}{1,20}(?:\\s\\p{Lu}\\.?)?\\.?";

  /**
   * A phrase the policy does not allow a reply to promise.
   *
   * @param phrase the words, matched whole and ignoring case ({@code we will refund})
   * @param explanation the workspace's reason, shown as written ({@code refunds are decided by …})
   */
  public record Promise(String phrase, String explanation) {
    public Promise {
      if (phrase == null || phrase.isBlank()) {
        throw new IllegalArgumentException("a promise rule needs a phrase");
      }
      phrase = phrase.strip();
      explanation = explanation == null ? "" : explanation.strip();
      if (phrase.length() > MAX_PHRASE || explanation.length() > MAX_PHRASE) {
        throw new IllegalArgumentException(
            "a promise's phrase and explanation have at most " + MAX_PHRASE + " characters");
      }
    }
  }

  /** Longest signature pattern. */
  public static final int MAX_PATTERN = 200;

  /** Most promises, acronyms or own numbers a workspace lists. */
  public static final int MAX_ENTRIES = 500;

  /** Longest promise phrase or explanation. */
  public static final int MAX_PHRASE = 300;

  public ToneRules {
    Objects.requireNonNull(promises, "promises are required");
    Objects.requireNonNull(acronyms, "acronyms are required");
    Objects.requireNonNull(ownNumbers, "ownNumbers are required");
    promises = List.copyOf(promises);
    acronyms =
        acronyms.stream()
            .map(a -> a.toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    Objects.requireNonNull(signaturePattern, "signaturePattern is required");
    ownNumbers =
        ownNumbers.stream()
            .map(number -> number.replaceAll("\\D", ""))
            .filter(digits -> !digits.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    if (signaturePattern.length() > MAX_PATTERN) {
      throw new IllegalArgumentException(
          "the signature pattern has more than " + MAX_PATTERN + " characters");
    }
    try {
      Pattern.compile(signaturePattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "the signature pattern is not a regular expression (RE2 syntax): " + e.getMessage(), e);
    }
    if (promises.size() > MAX_ENTRIES
        || acronyms.size() > MAX_ENTRIES
        || ownNumbers.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "at most " + MAX_ENTRIES + " promises, acronyms and own numbers each");
    }
  }

  /** The rules a new workspace starts with: common airline promises, no signature required. */
  public static ToneRules defaults() {
    String refunds = "refunds are decided after review of the booking and the fare rules";
    String compensation = "compensation is decided case by case by Customer Relations";
    return new ToneRules(
        List.of(
            new Promise("we will refund", refunds),
            new Promise("we'll refund", refunds),
            new Promise("you will be refunded", refunds),
            new Promise("you'll be refunded", refunds),
            new Promise("guaranteed", "no outcome can be guaranteed before it is confirmed"),
            new Promise("we guarantee", "no outcome can be guaranteed before it is confirmed"),
            new Promise("we will compensate", compensation),
            new Promise("we'll compensate", compensation),
            new Promise("you will be compensated", compensation),
            new Promise("you will receive compensation", compensation),
            new Promise("nous allons vous rembourser", refunds),
            new Promise("vous serez remboursé", refunds),
            new Promise("garanti", "no outcome can be guaranteed before it is confirmed"),
            new Promise("vous serez indemnisé", compensation)),
        Set.of(
            "ASAP", "AMEX", "APIS", "CEDR", "CPAP", "ESTA", "FAQ", "GOGO", "IATA", "LATAM", "NOLA",
            "TGIF", "WIFI", "MQM", "MQMS", "MQD", "MQDS", "EQM", "EQMS", "SSSS", "IROP", "SNCF",
            "RATP", "CDG"),
        false,
        DEFAULT_SIGNATURE,
        Set.of());
  }

  /** The same rules with signatures required or not. */
  public ToneRules withSignatureRequired(boolean required) {
    return new ToneRules(promises, acronyms, required, signaturePattern, ownNumbers);
  }

  /** The same rules with these promises instead. */
  public ToneRules withPromises(List<Promise> newPromises) {
    return new ToneRules(newPromises, acronyms, signatureRequired, signaturePattern, ownNumbers);
  }

  /** The same rules with these phone numbers known as the brand's own. */
  public ToneRules withOwnNumbers(Set<String> numbers) {
    return new ToneRules(promises, acronyms, signatureRequired, signaturePattern, numbers);
  }
}
