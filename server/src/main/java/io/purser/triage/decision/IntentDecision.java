package io.purser.triage.decision;

import io.purser.triage.Intent;

/**
 * An intent with the rule or model that chose it.
 *
 * @param intent the intent
 * @param rule {@code model}, {@code keyword words="…"} (the phrase that named it), {@code
 *     keyword_refines_model} or {@code low_confidence}
 * @param probability the model's probability of the intent it preferred
 */
public record IntentDecision(Intent intent, String rule, double probability) {}
