package io.purser.airline;

/** What became of a confirmation e-mail. */
public sealed interface ConfirmationOutcome {

  record Sent(String recipient) implements ConfirmationOutcome {}

  record Refused(String code, String reason) implements ConfirmationOutcome {}
}
