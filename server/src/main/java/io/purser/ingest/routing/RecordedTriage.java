package io.purser.ingest.routing;

import io.purser.triage.PersonalData;
import io.purser.triage.PersonalDataKind;
import io.purser.triage.TriageResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What is stored of a message's triage: the result with at most {@link #FINDINGS_PER_KIND} findings
 * of each kind of personal data, and how many more of each kind there were ({@code
 * personalDataOmitted}). A DM listing thousands of e-mail addresses must not make a triage record
 * that no column holds, parking the message instead of reaching an agent: the message is always
 * stored whole, only what triage says about it is summed up.
 *
 * @param result the result as stored and passed on, its findings capped
 * @param omitted per kind, the findings left out (empty when none were)
 */
record RecordedTriage(TriageResult result, Map<PersonalDataKind, Integer> omitted) {

  /** Enough for an agent to see what a message holds; the text itself holds every one. */
  static final int FINDINGS_PER_KIND = 20;

  static RecordedTriage of(TriageResult full) {
    var kept = new ArrayList<PersonalData>();
    var seen = new EnumMap<PersonalDataKind, Integer>(PersonalDataKind.class);
    var omitted = new EnumMap<PersonalDataKind, Integer>(PersonalDataKind.class);
    for (var found : full.personalData()) {
      if (seen.merge(found.kind(), 1, Integer::sum) <= FINDINGS_PER_KIND) {
        kept.add(found);
      } else {
        omitted.merge(found.kind(), 1, Integer::sum);
      }
    }
    if (omitted.isEmpty()) {
      return new RecordedTriage(full, Map.of());
    }
    var capped =
        new TriageResult(
            full.language(),
            kept,
            full.needsResponse(),
            full.category(),
            full.intent(),
            full.sentiment(),
            full.urgency(),
            full.brandActions(),
            full.reasons(),
            full.modelVersion());
    return new RecordedTriage(capped, Map.copyOf(omitted));
  }

  /** The JSON stored with the message and returned by the API as its {@code triage}. */
  String toJson(JsonMapper json) {
    if (omitted.isEmpty()) {
      return json.writeValueAsString(result);
    }
    ObjectNode node = json.valueToTree(result);
    var counts = node.putObject("personalDataOmitted");
    omitted.forEach((kind, count) -> counts.put(kind.wireName(), count));
    return json.writeValueAsString(node);
  }
}
