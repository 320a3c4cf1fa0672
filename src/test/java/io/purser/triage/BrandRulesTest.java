package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.triage.BrandRule.Action;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrandRulesTest {

  static final Triage base = Triage.loadDefault();

  @Test
  void hidesFootballChatterAboutManchesterUnitedForUnited() {
    Triage triage =
        base.withRules(
            List.of(BrandRule.keyword("football", "Manchester United", Action.HIDE, null)));

    TriageResult result =
        triage.classify(TriageRequest.ofText("@united why did Manchester United lose again?"));

    assertThat(result.brandActions().hidden()).isTrue();
    assertThat(result.needsResponse()).isFalse();
    assertThat(result.reasons()).contains("brand_rule:football");
  }

  @Test
  void keywordMatchesWholeWordsOnly() {
    Triage triage = base.withRules(List.of(BrandRule.keyword("bag", "bag", Action.TAG, "baggage")));

    assertThat(triage.classify(TriageRequest.ofText("my bag is lost")).brandActions().tags())
        .containsExactly("baggage");
    assertThat(triage.classify(TriageRequest.ofText("baggage claim")).brandActions().tags())
        .isEmpty();
  }

  @Test
  void routesSpanishMessagesToTheSpanishQueue() {
    Triage triage =
        base.withRules(List.of(BrandRule.language("spanish", "es", Action.ROUTE, "es-queue")));

    TriageResult result = triage.classify(TriageRequest.ofText("¿Dónde está mi maleta?"));

    assertThat(result.brandActions().route()).isEqualTo("es-queue");
  }

  @Test
  void raisesPriorityForAKnownAuthorAndTagsByRegex() {
    Triage triage =
        base.withRules(
            List.of(
                BrandRule.author("vip", "@BigTraveller", Action.RAISE_PRIORITY, null),
                BrandRule.regex("flight", "(?i)\\bUA\\d{1,4}\\b", Action.TAG, "has_flight")));

    TriageResult result =
        triage.classify(
            new TriageRequest("stuck on UA1234", "x", true, false, "bigtraveller", null));

    assertThat(result.brandActions().raisePriority()).isTrue();
    assertThat(result.brandActions().tags()).containsExactly("has_flight");
    assertThat(result.brandActions().rulesFired()).containsExactly("vip", "flight");
  }

  @Test
  void rejectsAnInvalidRegexWithAClearMessage() {
    assertThatThrownBy(() -> BrandRule.regex("broken", "([a-z", Action.HIDE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken")
        .hasMessageContaining("invalid regular expression");
  }

  @Test
  void rejectsARouteWithoutQueue() {
    assertThatThrownBy(() -> BrandRule.keyword("r", "bag", Action.ROUTE, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queue name");
  }
}
