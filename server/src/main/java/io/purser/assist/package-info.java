/**
 * Agent assist: suggested replies drawn from the replies a brand's own agents sent in similar
 * solved conversations, adapted to this customer and explained; all on the installation's CPU,
 * nothing leaves it.
 *
 * <p>The API is {@link io.purser.assist.Suggestions}, plain Java and thread-safe: build it once per
 * workspace from its solved conversations ({@link io.purser.assist.Suggestions#of(java.util.List,
 * io.purser.triage.Triage)}) or, for a new workspace, from the starter corpus in the jar ({@link
 * io.purser.assist.Suggestions#starter(io.purser.triage.Triage, String)}); then {@link
 * io.purser.assist.Suggestions#suggest(String, String, io.purser.assist.ReplyContext, int)} gives
 * the best replies as {@link io.purser.assist.Suggestion}s (text, reason, score, template key,
 * source conversation), and {@link
 * io.purser.assist.Suggestions#recordChoice(io.purser.assist.Suggestion, String)} records what an
 * agent chose and sent, which re-ranks from then on. {@link io.purser.assist.AssistCli} measures it
 * ({@code purser eval suggest}) and writes the starter corpus ({@code purser train suggest}).
 *
 * <p>Keeps to itself, in named sub-packages: reading the dialogs data and its split ({@code
 * corpus}), the index and the ranker ({@code suggest}), turning a reply into a template without its
 * conversation's personal data ({@code adapt}), reply words and ROUGE-L ({@code text}) and the
 * evaluation ({@code eval}). Depends on triage's API (intent, personal data) and its {@code text}
 * (tokens) and {@code training} (CSV reader) interfaces, and on the reply module's {@code
 * ReplyTemplate} (suggestions are filled like saved replies).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assist")
package io.purser.assist;
