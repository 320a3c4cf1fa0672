package io.purser.assist;

import io.purser.OwnNetwork;
import io.purser.assist.model.ModelAnswer;
import io.purser.assist.model.ModelClient;
import io.purser.assist.model.ModelRequest;
import io.purser.assist.model.ModelSettings;
import io.purser.assist.model.PersonalDataMask;
import io.purser.assist.setup.AssistSettingsRows;
import io.purser.assist.tone.ToneRules;
import io.purser.triage.Triage;
import java.time.Duration;
import org.springframework.stereotype.Service;

/**
 * How each workspace sets its agent assist: the rules of its brand's voice that the tone check
 * applies, and its optional external model (off by default), through which an agent may ask for a
 * draft. Personal data is masked before anything leaves; a draft is only ever put in front of an
 * agent, never sent.
 */
@Service
public class AssistSetup {

  /**
   * A workspace's external model as shown: its key is never shown again once saved.
   *
   * @param apiKeySet whether a key is saved
   */
  public record ModelView(
      boolean enabled,
      String baseUrl,
      String model,
      boolean apiKeySet,
      long timeoutMs,
      double temperature) {}

  /**
   * A change of a workspace's external model; a field left null keeps its value.
   *
   * @param apiKey the key; null keeps the saved one while the base URL stays the same (a key never
   *     follows the model to another host), blank removes it
   */
  public record ModelChange(
      Boolean enabled,
      String baseUrl,
      String model,
      String apiKey,
      Long timeoutMs,
      Double temperature) {}

  static final long MAX_TIMEOUT_MS = 120_000;

  private final AssistSettingsRows rows;
  private final AssistSettings settings;
  private final PersonalDataMask mask;

  AssistSetup(AssistSettingsRows rows, AssistSettings settings, Triage triage) {
    this.rows = rows;
    this.settings = settings;
    this.mask = new PersonalDataMask(triage);
  }

  /** The rules of the workspace's voice: its own, or the defaults until it sets some. */
  public ToneRules toneRules(long workspaceId) {
    return rows.toneRules(workspaceId).orElseGet(ToneRules::defaults);
  }

  /** Replaces the workspace's tone rules (already checked when they were built). */
  public ToneRules changeToneRules(long workspaceId, ToneRules rules) {
    rows.saveToneRules(workspaceId, rules);
    return toneRules(workspaceId);
  }

  public ModelView model(long workspaceId) {
    return view(rows.model(workspaceId));
  }

  /**
   * Changes the workspace's external model.
   *
   * @throws IllegalArgumentException naming what is wrong: a base URL that is not http(s), is on
   *     the installation's own network without the operator's leave, or carries a user, query or
   *     fragment; an enabled model without a name; a timeout or temperature out of range
   */
  public ModelView changeModel(long workspaceId, ModelChange change) {
    var before = rows.model(workspaceId);
    var baseUrl = change.baseUrl() != null ? baseUrl(change.baseUrl()) : before.baseUrl();
    var apiKey =
        change.apiKey() != null
            ? (change.apiKey().isBlank() ? null : change.apiKey().strip())
            : (baseUrl != null && baseUrl.equals(before.baseUrl()) ? before.apiKey() : null);
    long timeoutMs = change.timeoutMs() != null ? change.timeoutMs() : before.timeout().toMillis();
    if (timeoutMs < 1_000 || timeoutMs > MAX_TIMEOUT_MS) {
      throw new IllegalArgumentException(
          "timeoutMs must be between 1000 and " + MAX_TIMEOUT_MS + ", got " + timeoutMs);
    }
    var model =
        new ModelSettings(
            change.enabled() != null ? change.enabled() : before.enabled(),
            baseUrl,
            change.model() != null ? blankToNull(change.model()) : before.model(),
            apiKey,
            Duration.ofMillis(timeoutMs),
            change.temperature() != null ? change.temperature() : before.temperature());
    rows.saveModel(workspaceId, model);
    return view(model);
  }

  /** Whether agents of the workspace may ask its external model for drafts. */
  public boolean modelEnabled(long workspaceId) {
    return rows.model(workspaceId).enabled();
  }

  /**
   * A draft from the workspace's external model for this conversation, its personal data masked
   * before it is sent; or why there is none (off, unreachable, too slow, refused, malformed).
   */
  public ModelAnswer draft(long workspaceId, ModelRequest request) {
    var model = rows.model(workspaceId);
    // Checked again at each use: the host may have moved onto the installation's network since.
    if (model.enabled()) {
      baseUrl(model.baseUrl());
    }
    return new ModelClient(model, mask).draft(request);
  }

  private String baseUrl(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("baseUrl must not be blank");
    }
    OwnNetwork.checkedBaseUrl(text, settings::internal, "purser.assist.model-internal-hosts");
    return text.strip().replaceAll("/+$", "");
  }

  private static ModelView view(ModelSettings model) {
    return new ModelView(
        model.enabled(),
        model.baseUrl(),
        model.model(),
        model.apiKey() != null && !model.apiKey().isBlank(),
        model.timeout().toMillis(),
        model.temperature());
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text.strip();
  }
}
