package io.purser.triage.decision;

import io.purser.triage.Category;

/**
 * A category with the rule that chose it.
 *
 * @param category the category
 * @param rule the rule that decided, e.g. {@code negative_sentiment}
 */
public record CategoryDecision(Category category, String rule) {}
