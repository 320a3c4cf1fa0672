package io.purser.assist.setup;

import io.purser.assist.model.ModelSettings;
import io.purser.assist.tone.ToneRules;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The assist_settings table: each workspace's tone rules and external model. */
@Repository
public class AssistSettingsRows {

  /** The tone rules as stored: the record's own fields. */
  record StoredRules(
      List<ToneRules.Promise> promises,
      Set<String> acronyms,
      boolean signatureRequired,
      String signaturePattern,
      Set<String> ownNumbers) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  AssistSettingsRows(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The workspace's tone rules, or empty while it keeps the defaults. */
  public Optional<ToneRules> toneRules(long workspaceId) {
    return jdbc.sql("select tone_rules from assist_settings where workspace_id = ?")
        .param(workspaceId)
        .query(String.class)
        .optional()
        .map(
            text -> {
              var r = json.readValue(text, StoredRules.class);
              return new ToneRules(
                  r.promises(),
                  r.acronyms(),
                  r.signatureRequired(),
                  r.signaturePattern(),
                  r.ownNumbers());
            });
  }

  public void saveToneRules(long workspaceId, ToneRules rules) {
    var text =
        json.writeValueAsString(
            new StoredRules(
                rules.promises(),
                rules.acronyms(),
                rules.signatureRequired(),
                rules.signaturePattern(),
                rules.ownNumbers()));
    upsert(workspaceId, List.of("tone_rules"), List.of(text));
  }

  /** The workspace's external model, off when it never set one. */
  public ModelSettings model(long workspaceId) {
    return jdbc.sql(
            "select model_enabled, model_base_url, model_name, model_api_key, model_timeout_ms,"
                + " model_temperature from assist_settings where workspace_id = ?")
        .param(workspaceId)
        .query(
            (rs, n) ->
                rs.getString("model_base_url") == null
                    ? ModelSettings.off()
                    : new ModelSettings(
                        rs.getBoolean("model_enabled"),
                        rs.getString("model_base_url"),
                        rs.getString("model_name"),
                        rs.getString("model_api_key"),
                        Duration.ofMillis(rs.getInt("model_timeout_ms")),
                        rs.getDouble("model_temperature")))
        .optional()
        .orElseGet(ModelSettings::off);
  }

  public void saveModel(long workspaceId, ModelSettings model) {
    upsert(
        workspaceId,
        List.of(
            "model_enabled",
            "model_base_url",
            "model_name",
            "model_api_key",
            "model_timeout_ms",
            "model_temperature"),
        Arrays.asList(
            model.enabled(),
            model.baseUrl(),
            model.model(),
            model.apiKey(),
            (int) model.timeout().toMillis(),
            model.temperature()));
  }

  /** Updates these columns of the workspace's row, or inserts it; two first saves at once land. */
  private void upsert(long workspaceId, List<String> columns, List<Object> values) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    var assignments = String.join(" = ?, ", columns) + " = ?";
    var updateParams = new ArrayList<Object>(values);
    updateParams.add(now);
    updateParams.add(workspaceId);
    var insertParams = new ArrayList<Object>();
    insertParams.add(workspaceId);
    insertParams.addAll(values);
    insertParams.add(now);
    for (int attempt = 0; attempt < 2; attempt++) {
      if (jdbc.sql(
                  "update assist_settings set "
                      + assignments
                      + ", updated_at = ? where workspace_id = ?")
              .params(updateParams)
              .update()
          > 0) {
        return;
      }
      try {
        jdbc.sql(
                "insert into assist_settings (workspace_id, "
                    + String.join(", ", columns)
                    + ", updated_at) values (?"
                    + ", ?".repeat(columns.size())
                    + ", ?)")
            .params(insertParams)
            .update();
        return;
      } catch (DuplicateKeyException raced) {
        // Another request inserted the row first: update it.
      }
    }
  }
}
