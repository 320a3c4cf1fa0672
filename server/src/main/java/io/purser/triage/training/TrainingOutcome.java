package io.purser.triage.training;

import io.purser.triage.model.TriageModel;

/**
 * A trained model and what cross-validation on its training data measured.
 *
 * @param model the model, ready to write
 * @param crossValidation the cross-validated figures of the English heads
 * @param multilingual the multilingual sentiment head with its cross-validated figures per
 *     language, or {@code null} when there were no texts beyond English
 */
public record TrainingOutcome(
    TriageModel model,
    CrossValidation.Report crossValidation,
    MultilingualTrainer.Outcome multilingual) {}
