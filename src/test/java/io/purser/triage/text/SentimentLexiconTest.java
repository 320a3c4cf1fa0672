package io.purser.triage.text;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static int bucket(String name) {
    return FeatureHashing.hash(FeatureExtractor.LEXICON, name, 0, name.length()) & ((1 << 12) - 1);
  }

  private static boolean hasBucket(Features features, int bucket) {
    for (int i = 0; i < features.count(); i++) {
      if (features.bucket(i) == bucket) {
        return true;
      }
    }
    return false;
  }
}
