package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryTest {

  static final Triage triage = Triage.loadDefault();

  static TriageResult classify(String text, boolean isPublic, boolean replyToBrandPost) {
    return triage.classify(
        new TriageRequest(text, "x", isPublic, replyToBrandPost, "someone", null));
  }

  @Test
  void complaintAboutCancelledFlightNeedsResponse() {
    TriageResult result =
        classify("@united you cancelled my flight and nobody at the desk will help", true, false);

    assertThat(result.category()).isEqualTo(Category.COMPLAINT);
    assertThat(result.needsResponse()).isTrue();
    assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
  }

  @Test
  void thanksIsPraiseAndNeedsNoResponse() {
    TriageResult result =
        classify("@VirginAmerica thank you, best crew ever! love it", true, false);

    assertThat(result.category()).isEqualTo(Category.PRAISE);
    assertThat(result.needsResponse()).isFalse();
    assertThat(result.sentiment()).isEqualTo(Sentiment.POSITIVE);
  }

  @Test
  void privateMessageIsARequest() {
    TriageResult result =
        classify("here is the screenshot of the alternative flight", false, false);

    assertThat(result.category()).isEqualTo(Category.REQUEST);
    assertThat(result.needsResponse()).isTrue();
  }

  @Test
  void replyToMarketingPostIsEngagement() {
    TriageResult result = classify("Hawaii for sure! 🌴🌴", true, true);

    assertThat(result.category()).isEqualTo(Category.MARKETING_ENGAGEMENT);
    assertThat(result.needsResponse()).isFalse();
  }

  @Test
  void replyToMarketingPostThatAsksForHelpIsARequest() {
    TriageResult result =
        classify("nice, but can you help me find my lost bag please?", true, true);

    assertThat(result.needsResponse()).isTrue();
    assertThat(result.category()).isIn(Category.REQUEST, Category.QUESTION, Category.COMPLAINT);
  }

  @Test
  void questionWithoutComplaintIsAQuestion() {
    TriageResult result =
        classify("@JetBlue what is the baggage allowance to Cancun?", true, false);

    assertThat(result.category()).isEqualTo(Category.QUESTION);
    assertThat(result.needsResponse()).isTrue();
  }

  @Test
  void followBackSpamIsSpam() {
    TriageResult result =
        classify("FREE followers!! giveaway click here http://spam.example/win", true, false);

    assertThat(result.category()).isEqualTo(Category.SPAM);
    assertThat(result.needsResponse()).isFalse();
  }

  @Test
  void anArabicPleaForHelpNeedsAResponse() {
    // "Please help, I need to change my booking": the request words of Arabic as of the others.
    TriageResult result = classify("@emirates أرجو المساعدة احتاج تغيير الحجز", true, false);

    assertThat(result.needsResponse()).isTrue();
  }
}
