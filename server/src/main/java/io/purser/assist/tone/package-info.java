/**
 * The tone check an agent's draft gets before it is sent, in the brand's voice as the workspace
 * defines it ({@link io.purser.assist.tone.ToneRules}): blame, argument, words in capitals, a
 * missing apology to a complaint, a promise the policy does not allow, personal data in a public
 * reply, a missing signature. It explains and suggests; it never blocks a person from sending.
 *
 * <p>Plain Java: {@link io.purser.assist.tone.ToneCheck} is built once with the triage module's
 * {@link io.purser.triage.Triage} (whose personal data detection it reuses) and is thread-safe.
 * Findings carry message keys and arguments, so the console words them in the agent's language.
 */
@org.springframework.modulith.NamedInterface("tone")
package io.purser.assist.tone;
