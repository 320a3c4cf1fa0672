package io.purser.triage.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentimentLexiconTest {

  private static int polarity(String word) {
    return SentimentLexicon.polarity(FeatureExtractor.unigramHash(word));
  }

  @Test
  void knowsItsWordsByTheirHash() {
    assertThat(polarity("thanks")).isEqualTo(1);
    assertThat(polarity("awesome")).isEqualTo(1);
    assertThat(polarity("delayed")).isEqualTo(-1);
    assertThat(polarity("worst")).isEqualTo(-1);
    assertThat(polarity("flight")).isZero();
    assertThat(polarity("")).isZero();
  }

  @Test
  void knowsTheEverydayWordsOfEachLanguage() {
    assertThat(polarity("triste")).isEqualTo(-1);
    assertThat(polarity("chateada")).isEqualTo(-1);
    assertThat(polarity("incazzato")).isEqualTo(-1);
    assertThat(polarity("traurig")).isEqualTo(-1);
    assertThat(polarity("dégoûté")).isEqualTo(-1);
    assertThat(polarity("jajaja")).isEqualTo(1);
    assertThat(polarity("felicità")).isEqualTo(1);
    assertThat(polarity("bonheur")).isEqualTo(1);
    assertThat(polarity("glücklich")).isEqualTo(1);
  }

  @Test
  void noWordOfAnotherLanguageIsOnBothSides() {
    Set<String> positive = new HashSet<>(CareLexicon.words(CareLexicon.POSITIVE));
    positive.addAll(CareLexicon.words(CareLexicon.EVERYDAY_POSITIVE));
    Set<String> negative = new HashSet<>(CareLexicon.words(CareLexicon.NEGATIVE));
    negative.addAll(CareLexicon.words(CareLexicon.EVERYDAY_NEGATIVE));

    assertThat(positive).doesNotContainAnyElementsOf(negative);
    assertThat(positive).allMatch(word -> polarity(word) == 1);
    assertThat(negative).allMatch(word -> polarity(word) == -1);
  }

  @Test
  void aNegatedWordCountsForTheOtherSide() {
    FeatureExtractor extractor = new FeatureExtractor(12);

    Features plain = extractor.extract(TweetText.tokens("this was helpful"));
    Features negated = extractor.extract(TweetText.tokens("this was not helpful"));
    Features neutral = extractor.extract(TweetText.tokens("flight to boston"));

    assertThat(hasBucket(plain, bucket("pos1"))).isTrue();
    assertThat(hasBucket(negated, bucket("neg1"))).isTrue();
    assertThat(hasBucket(negated, bucket("pos1"))).isFalse();
    assertThat(hasBucket(neutral, bucket("none"))).isTrue();
  }

  @Test
  void onlyTheSentimentViewReadsTheSummary() {
    FeatureExtractor extractor = new FeatureExtractor(12);

    Features features = extractor.extract(TweetText.tokens("thanks, great crew but delayed"));

    assertThat(hasBucket(features, Features.View.ALL, bucket("pos2"))).isTrue();
    assertThat(hasBucket(features, Features.View.ALL, bucket("mixed"))).isTrue();
    assertThat(hasBucket(features, Features.View.SHARED, bucket("pos2"))).isFalse();
    assertThat(hasBucket(features, Features.View.SHARED, bucket("mixed"))).isFalse();
    assertThat(features.count(Features.View.SHARED))
        .isEqualTo(features.count(Features.View.ALL) - 3);
    assertThat(squaredLength(features, Features.View.ALL)).isCloseTo(1.0, within(1e-5));
    assertThat(squaredLength(features, Features.View.SHARED)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void theSharedViewIsScaledAsIfTheSummaryDidNotExist() {
    FeatureExtractor extractor = new FeatureExtractor(12);

    Features features = extractor.extract(TweetText.tokens("worst airline ever"));

    double all = features.value(Features.View.ALL, 0);
    double shared = features.value(Features.View.SHARED, 0);
    int n = features.count(Features.View.SHARED);
    // The shared features, bias first, are all the features but one (neg1); the bias has raw
    // value 1, so its value in each view is that view's unit scale.
    assertThat(features.count(Features.View.ALL)).isEqualTo(n + 1);
    assertThat(1 / (shared * shared) + 1).isCloseTo(1 / (all * all), within(1e-3));
  }

  private static double squaredLength(Features features, Features.View view) {
    double sum = 0;
    for (int i = 0; i < features.count(view); i++) {
      sum += features.value(view, i) * features.value(view, i);
    }
    return sum;
  }

  private static int bucket(String name) {
    return FeatureHashing.hash(FeatureExtractor.LEXICON, name, 0, name.length()) & ((1 << 12) - 1);
  }

  private static boolean hasBucket(Features features, int bucket) {
    return hasBucket(features, Features.View.ALL, bucket);
  }

  private static boolean hasBucket(Features features, Features.View view, int bucket) {
    for (int i = 0; i < features.count(view); i++) {
      if (features.bucket(i) == bucket) {
        return true;
      }
    }
    return false;
  }
}
