package io.purser.triage.pii;

import io.purser.triage.PersonalDataKind;

/** Receives the spans the finders report. */
@FunctionalInterface
interface FindingSink {
  void accept(PersonalDataKind kind, int start, int end);
}
