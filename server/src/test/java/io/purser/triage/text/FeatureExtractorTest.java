package io.purser.triage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Character n-grams are hashed as the padded word's substrings would be. */
class FeatureExtractorTest {

  private static final int BITS = 17;

  private static List<Integer> buckets(Features features) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < features.count(Features.View.SHARED); i++) {
      out.add(features.bucket(i));
    }
    return out;
  }

  /** The character n-gram buckets of a word, from the padded string as they were first computed. */
  private static List<Integer> charGramsOfPaddedString(String token) {
    String padded = " " + token + " ";
    List<Integer> out = new ArrayList<>();
    for (int n = 3; n <= 5; n++) {
      for (int start = 0; start + n <= padded.length(); start++) {
        out.add(FeatureHashing.hash(4 + n, padded, start, start + n) & ((1 << BITS) - 1));
      }
    }
    return out;
  }

  @Test
  void charGramsOfEveryWordAreThoseOfItsPaddedString() {
    FeatureExtractor extractor = new FeatureExtractor(BITS);
    for (String token : List.of("abc", "delayed", "cancelled", "été", "straße", "0pm", "a_b_c")) {
      List<Integer> all = buckets(extractor.extract(List.of(token)));
      // bias, unigram, pair with the start, then the n-grams, then the pair with the end
      assertThat(all.subList(3, all.size() - 1))
          .as(token)
          .isEqualTo(charGramsOfPaddedString(token));
    }
  }

  @Test
  void shortWordsAndSpecialTokensHaveNoCharGrams() {
    FeatureExtractor extractor = new FeatureExtractor(BITS);
    for (String token : List.of("ab", "<url>", "!!", "@x")) {
      assertThat(buckets(extractor.extract(List.of(token)))).as(token).hasSize(4);
    }
  }
}
