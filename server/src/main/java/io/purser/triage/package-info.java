/**
 * Triage decides, in microseconds and without any network or database, what an inbound message is:
 * its language, the personal data it holds (masked before storage), whether it needs a response and
 * in which category, its intent, sentiment and urgency, and which of the brand's own rules apply —
 * each decision with its reasons and the version of the model that made it.
 *
 * <p>The API is {@link io.purser.triage.Triage}: load it once ({@link
 * io.purser.triage.Triage#loadDefault()}), then call {@link
 * io.purser.triage.Triage#classify(io.purser.triage.TriageRequest)} from any thread. Models are
 * trained and evaluated by {@link io.purser.triage.TriageCli} on the real airline tweets in {@code
 * ../shared/data}.
 *
 * <p>Offers: {@link io.purser.triage.Triage}, its request and result types and the label enums the
 * other modules store. Keeps to itself, in named sub-packages: language identification ({@code
 * language}), personal data ({@code pii}), urgency ({@code urgency}), the care phrases of each
 * language they read ({@code cues}), the decisions ({@code decision}), the model and its training
 * ({@code model}, {@code training}), evaluation ({@code eval}), brand rules ({@code rules}) and
 * text handling ({@code text}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage")
package io.purser.triage;
