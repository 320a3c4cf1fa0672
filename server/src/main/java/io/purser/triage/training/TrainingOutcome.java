package io.purser.triage.training;

import io.purser.triage.model.TriageModel;

/**
 * A trained model and what cross-validation on its training data measured.
 *
 * @param model the model, ready to write
 * @param crossValidation the cross-validated figures
 */
public record TrainingOutcome(TriageModel model, CrossValidation.Report crossValidation) {}
