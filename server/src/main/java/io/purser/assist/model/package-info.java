/**
 * An optional external model for drafts, through an OpenAI-compatible chat API ({@code POST
 * {baseUrl}/v1/chat/completions}: Ollama, vLLM, a cloud provider). Off by default and configured
 * per workspace ({@link io.purser.assist.model.ModelSettings}); everything else in assist works
 * without it.
 *
 * <p>What leaves the installation is masked first: the personal data triage finds is replaced by
 * placeholders such as {@code [BOOKING_REF]}, and nothing is restored into the request. The model
 * only drafts: {@link io.purser.assist.model.ModelClient} returns a {@link
 * io.purser.assist.model.ModelDraft}, labelled as the model's, for an agent to edit and send; it
 * never sends anything itself. Failures are return values with problem codes. A named interface:
 * the console shows drafts and problems, and asks through {@link io.purser.assist.AssistSetup}.
 */
@org.springframework.modulith.NamedInterface("model")
package io.purser.assist.model;
