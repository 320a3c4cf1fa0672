package io.purser.assist.tone;

import io.purser.triage.PersonalData;
import java.util.List;

/** The draft under check, with the personal data triage found in it (found once, used twice). */
record Draft(String text, List<PersonalData> personalData) {

  Draft {
    text = text == null ? "" : text;
    personalData = List.copyOf(personalData);
  }

  /** Whether personal data covers any of the characters from {@code start} to {@code end}. */
  boolean overlapsPersonalData(int start, int end) {
    return personalData.stream().anyMatch(p -> p.start() < end && start < p.end());
  }
}
