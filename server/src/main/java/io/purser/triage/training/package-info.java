/**
 * Triage's training data and training: the shared data sets read into labelled texts, the trainer,
 * cross-validation, and the RFC 4180 {@link io.purser.triage.training.CsvReader} they use. Exposed
 * as the named interface {@code training} so that other modules reading the shared CSV files (the
 * assist engine's dialogs) reuse that reader.
 */
@org.springframework.modulith.NamedInterface("training")
package io.purser.triage.training;
