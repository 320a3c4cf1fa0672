package io.purser.assist.tone;

import io.purser.triage.PersonalData;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Personal data in a public reply: the same detection the reply module refuses a public reply for
 * (triage's), here with where it is in the draft so the agent sees what to move to a private
 * message. Toll-free numbers (800, 888, … with or without a national prefix) and the numbers the
 * workspace lists as its own are the brand's desks, which replies give on purpose: 2% of real
 * airline replies did, and none of them was a customer's number. Triage sometimes takes such a
 * number after "AAdvantage" for a loyalty number, so the exemption holds for any kind.
 */
final class PublicPersonalData implements ToneRule {

  private static final Pattern TOLL_FREE =
      Pattern.compile("(?:1|0|01)?8(?:00|33|44|55|66|77|88)\\d{6,7}");

  @Override
  public List<ToneFinding> check(Draft draft, ToneContext context, ToneRules rules) {
    if (!context.isPublic()) {
      return List.of();
    }
    return draft.personalData().stream()
        .filter(found -> !brandsOwn(found, draft.text(), rules))
        .map(
            found ->
                new ToneFinding(
                    ToneKind.PERSONAL_DATA_IN_PUBLIC,
                    found.start(),
                    found.end(),
                    List.of(found.kind().wireName())))
        .toList();
  }

  private static boolean brandsOwn(PersonalData found, String text, ToneRules rules) {
    String digits = text.substring(found.start(), found.end()).replaceAll("\\D", "");
    return TOLL_FREE.matcher(digits).matches() || rules.ownNumbers().contains(digits);
  }
}
