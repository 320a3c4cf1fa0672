/**
 * The summary shown at the top of a long conversation and when it is handed over or taken over:
 * what the customer wants (triage's intent and the key sentences of their own messages), what was
 * done (replies sent, booking actions) and what is pending (an unanswered message, an approval, a
 * failed action or reply).
 *
 * <p>Plain Java: {@link io.purser.assist.summary.HandOverSummary#of(java.util.List)} reads a list
 * of {@link io.purser.assist.summary.TimelineEntry} the caller builds from the conversation. Lines
 * are message keys with arguments, so the console words them in the agent's language; sentences are
 * quoted as the customer wrote them.
 */
@org.springframework.modulith.NamedInterface("summary")
package io.purser.assist.summary;
