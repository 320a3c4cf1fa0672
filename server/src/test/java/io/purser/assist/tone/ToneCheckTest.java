package io.purser.assist.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.purser.triage.BrandActions;
import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.Sentiment;
import io.purser.triage.Triage;
import io.purser.triage.TriageResult;
import io.purser.triage.Urgency;
import io.purser.triage.UrgencyLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The tone check on real replies of airline agents ({@code assist/tone-cases.csv}, copied from
 * {@code airline-care-dialogs/dialogs.csv} with their ids): good replies pass clean, and real ones
 * trigger each rule.
 */
class ToneCheckTest {

  static final ToneCheck check = new ToneCheck(Triage.loadDefault());

  @ParameterizedTest(name = "dialog {0} public={1}: {6}")
  @CsvFileSource(resources = "/assist/tone-cases.csv", numLinesToSkip = 1, maxCharsPerColumn = 4096)
  void findsWhatEachRealReplyCallsFor(
      String id,
      boolean isPublic,
      boolean signatureRequired,
      boolean complains,
      String customer,
      String reply,
      String expected) {
    var context = new ToneContext(isPublic, "x", customer, triaged(complains), null);
    var rules = ToneRules.defaults().withSignatureRequired(signatureRequired);

    var kinds = check.check(reply, context, rules).stream().map(f -> f.kind().wireName());

    assertThat(kinds)
        .containsExactlyInAnyOrderElementsOf(
            expected == null ? List.of() : Arrays.asList(expected.split(";")));
  }

  @Test
  void pointsAtTheBlameAndExplainsItWithMessageKeys() {
    String draft = "So it's your fault, Andrew!! Just kidding. ^Fiona";

    var findings = check.check(draft, quiet(true), ToneRules.defaults());

    assertThat(findings).hasSize(1);
    var blame = findings.get(0);
    assertThat(draft.substring(blame.start(), blame.end())).isEqualTo("it's your fault");
    assertThat(blame.explanationCode()).isEqualTo("assist.tone.blame.explanation");
    assertThat(blame.suggestionCode()).isEqualTo("assist.tone.blame.suggestion");
    assertThat(blame.arguments()).containsExactly("it's your fault");
  }

  @Test
  void readsBlameAndArgumentInFrench() {
    var findings =
        check.check(
            "Comme je l'ai déjà dit, c'est votre faute : vous auriez dû vérifier.",
            quiet(false),
            ToneRules.defaults());

    assertThat(findings)
        .extracting(ToneFinding::kind)
        .containsExactly(ToneKind.ARGUMENT, ToneKind.BLAME, ToneKind.BLAME);
  }

  @Test
  void takesAirportCodesLocatorsAndAcronymsForNamesNotShouting() {
    var findings =
        check.check(
            "Your flight JFK to LHR is confirmed, locator ABC123. Please DM us ASAP. *TMC",
            quiet(false),
            ToneRules.defaults());

    assertThat(findings).isEmpty();
  }

  @Test
  void usesTheWorkspacesOwnPromisesAndExplanation() {
    var rules =
        ToneRules.defaults()
            .withPromises(List.of(new ToneRules.Promise("free upgrade", "upgrades are sold")));

    var findings = check.check("We will give you a free upgrade! ^Tom", quiet(false), rules);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> assertThat(f.arguments()).containsExactly("free upgrade", "upgrades are sold"));
  }

  @Test
  void expectsTheAgentsOwnSignatureWhenTheyHaveOne() {
    var context = new ToneContext(false, "x", "", null, "*TMC");
    var rules = ToneRules.defaults().withSignatureRequired(true);

    assertThat(check.check("Happy to help! *TMC", context, rules)).isEmpty();
    assertThat(check.check("Happy to help! *ABC", context, rules))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(ToneKind.MISSING_SIGNATURE);
              assertThat(f.start()).isEqualTo("Happy to help! *ABC".length());
              assertThat(f.arguments()).containsExactly("*TMC");
            });
  }

  @Test
  void letsAPublicReplyGiveTheBrandsOwnNumbers() {
    String draft =
        "Hi, Josh. I'm sorry to hear this. Please reach out to Lost and Found desk at 303-342-4062"
            + " for further assistance. *TJH";

    assertThat(check.check(draft, quiet(true), ToneRules.defaults()))
        .extracting(ToneFinding::kind, ToneFinding::arguments)
        .containsExactly(tuple(ToneKind.PERSONAL_DATA_IN_PUBLIC, List.of("phone")));
    var rules = ToneRules.defaults().withOwnNumbers(Set.of("(303) 342 4062"));
    assertThat(check.check(draft, quiet(true), rules)).isEmpty();
    assertThat(check.check("Call Reservations at 800-433-7300. *TJH", quiet(true), rules))
        .isEmpty();
  }

  @Test
  void refusesWorkspaceRulesThatCannotWork() {
    var defaults = ToneRules.defaults();

    assertThatThrownBy(
            () ->
                new ToneRules(
                    defaults.promises(), defaults.acronyms(), true, "*[", defaults.ownNumbers()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signature pattern");
    assertThatThrownBy(() -> new ToneRules.Promise(" ", "why"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phrase");
  }

  static ToneContext quiet(boolean isPublic) {
    return new ToneContext(isPublic, "x", "", triaged(false), null);
  }

  static TriageResult triaged(boolean complains) {
    return new TriageResult(
        "en",
        List.of(),
        true,
        complains ? Category.COMPLAINT : Category.QUESTION,
        Intent.OTHER,
        complains ? Sentiment.NEGATIVE : Sentiment.NEUTRAL,
        new Urgency(UrgencyLevel.NORMAL, "none"),
        BrandActions.NONE,
        List.of(),
        "test");
  }
}
