package io.purser.security;

import io.purser.security.ApiOperations.Operation;
import io.purser.security.Callers.Caller;
import io.purser.security.SampleRequests.UnmappedId;
import io.purser.testing.Api;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a workspace sees of itself through every read operation of the API, as flat pointer-to-value
 * pairs. Two snapshots taken back to back tell which values move by themselves (clocks counting,
 * "now"); those are left out when a later snapshot is compared.
 */
final class TenantSnapshot {

  /**
   * Fields that change with nothing changed: computed from the clock at each read, or scored again
   * by routing's sweeper as an SLA deadline nears (a run slower than a minute saw "due in 10 min"
   * become "due in 9 min" and took it for B's doing), and {@code lastActiveAt}, which A's own
   * snapshot reads move (every request of a person marks them active, at most so often: a sweep of
   * B's calls slower than that saw it move).
   */
  private static final Set<String> CLOCK_DERIVED =
      Set.of(
          "secondsLeft",
          "priority",
          "priorityBand",
          "priorityReasons",
          "priorityAt",
          "lastActiveAt");

  private final Map<String, String> values;

  private TenantSnapshot(Map<String, String> values) {
    this.values = values;
  }

  static TenantSnapshot take(
      List<Operation> operations,
      SampleRequests requests,
      TenantFixture owner,
      Map<String, Caller> callers) {
    var values = new LinkedHashMap<String, String>();
    for (var operation : operations) {
      if (!operation.reads()) {
        continue;
      }
      SampleRequests.Request request;
      try {
        request = requests.build(operation, (kind, where) -> owner.id(kind).orElseThrow(), owner);
      } catch (UnmappedId | java.util.NoSuchElementException unknown) {
        continue;
      }
      for (var caller : callers.entrySet()) {
        var answer = caller.getValue().send(request);
        var key = caller.getKey() + " " + request.operation().method() + " " + request.path();
        values.put(key + " status", Integer.toString(answer.status()));
        flatten(key, answer.body(), values);
      }
    }
    return new TenantSnapshot(values);
  }

  /** Keys whose values differ between two snapshots taken with nothing changed in between. */
  Set<String> moving(TenantSnapshot again) {
    var keys = new HashSet<String>(values.keySet());
    keys.addAll(again.values.keySet());
    keys.removeIf(k -> java.util.Objects.equals(values.get(k), again.values.get(k)));
    return keys;
  }

  /** What changed from this snapshot to a later one, leaving out what moves by itself. */
  List<String> changes(TenantSnapshot later, Set<String> moving) {
    var changes = new ArrayList<String>();
    var keys = new java.util.TreeSet<String>(values.keySet());
    keys.addAll(later.values.keySet());
    for (var key : keys) {
      if (moving.contains(key)
          || java.util.Objects.equals(values.get(key), later.values.get(key))) {
        continue;
      }
      changes.add(key + ": " + values.get(key) + " → " + later.values.get(key));
    }
    return changes;
  }

  int size() {
    return values.size();
  }

  private static void flatten(String key, String body, Map<String, String> into) {
    JsonNode json;
    try {
      json = Api.JSON.readTree(body);
    } catch (RuntimeException notJson) {
      into.put(key, body);
      return;
    }
    flatten(key, json, into);
  }

  private static void flatten(String key, JsonNode node, Map<String, String> into) {
    if (node == null || node.isMissingNode()) {
      into.put(key, body(node));
    } else if (node.isObject()) {
      for (var field : node.properties()) {
        if (CLOCK_DERIVED.contains(field.getKey())) {
          continue;
        }
        flatten(key + "/" + field.getKey(), field.getValue(), into);
      }
    } else if (node.isArray()) {
      into.put(key + "#size", Integer.toString(node.size()));
      for (int i = 0; i < node.size(); i++) {
        flatten(key + "/" + i, node.get(i), into);
      }
    } else {
      into.put(key, node.toString());
    }
  }

  private static String body(JsonNode node) {
    return node == null ? "" : node.toString();
  }
}
