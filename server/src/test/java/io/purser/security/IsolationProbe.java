package io.purser.security;

import io.purser.security.ApiOperations.Operation;
import io.purser.security.Callers.Answer;
import io.purser.security.Callers.Caller;
import io.purser.security.SampleRequests.Slot;
import io.purser.security.SampleRequests.UnmappedId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Calls every operation as workspace B on workspace A's ids and records what should not have
 * happened: an answer other than 404, 403 or 400 to a request naming A's resources, a 5xx, or any
 * of A's texts in an answer. With several ids in one request (B's team, A's user) each is tried
 * alone as A's, so a check on the first id does not hide a missing check on the second.
 */
final class IsolationProbe {

  private static final Set<Integer> REFUSALS = Set.of(400, 403, 404);

  private final SampleRequests requests;
  private final TenantFixture a;
  private final TenantFixture b;
  final List<String> failures = new ArrayList<>();
  final List<String> unmapped = new ArrayList<>();
  int called;
  int requestsSent;

  IsolationProbe(SampleRequests requests, TenantFixture a, TenantFixture b) {
    this.requests = requests;
    this.a = a;
    this.b = b;
  }

  /** Calls the operation as each of B's callers on A's ids, with the answers the rules allow. */
  void attack(Operation operation, Map<String, Caller> callersOfB, Set<String> operatorOnly) {
    List<Slot> slots;
    try {
      slots = requests.slots(operation);
    } catch (UnmappedId unknown) {
      unmapped.add(unknown.getMessage());
      return;
    }
    called++;
    for (var mask : masks(slots.size())) {
      for (var caller : callersOfB.entrySet()) {
        var request = requests.build(operation, filler(mask), a);
        var answer = caller.getValue().send(request);
        requestsSent++;
        var verdict = verdict(operation, slots, mask, answer, operatorOnly);
        if (verdict != null) {
          failures.add(
              "%s as B's %s with %s → %d %s: %s"
                  .formatted(
                      operation,
                      caller.getKey(),
                      describe(slots, mask),
                      answer.status(),
                      verdict,
                      abbreviate(answer.body())));
        }
      }
    }
  }

  /** Calls the operation as B on B's own ids: the answer proves the request reaches its target. */
  Answer control(Operation operation, Caller callerOfB) {
    var request = requests.build(operation, (kind, where) -> b.id(kind).orElseThrow(), b);
    return callerOfB.send(request);
  }

  private String verdict(
      Operation operation, List<Slot> slots, boolean[] mask, Answer answer, Set<String> operator) {
    if (answer.status() >= 500) {
      return "server error";
    }
    if (answer.body().toLowerCase(Locale.ROOT).contains(a.marker.toLowerCase(Locale.ROOT))) {
      return "shows workspace A's data";
    }
    if (operator.contains(operation.toString())) {
      return answer.status() == 403 || answer.status() == 404 ? null : "operator-only, not refused";
    }
    boolean namesA = false;
    boolean onlyQueryFilters = operation.reads();
    boolean onlyClaims = true;
    for (int i = 0; i < slots.size(); i++) {
      if (mask[i]) {
        namesA = true;
        onlyQueryFilters &= slots.get(i).where().equals("query");
        onlyClaims &= ResourceKinds.isClaim(slots.get(i).kind());
      }
    }
    if (!namesA || REFUSALS.contains(answer.status())) {
      return null;
    }
    if (onlyClaims) {
      return claimVerdict(slots, mask, answer.status());
    }
    // A search by A's id may answer 200 with nothing found; the marker check above saw no leak.
    return onlyQueryFilters && answer.status() < 300 ? null : "not refused";
  }

  /**
   * A's user name or account id sent by B: a 409 tells B that A holds it. B's own user of the same
   * name may be created (names can be per workspace); A's account may not be claimed unproven.
   */
  private static String claimVerdict(List<Slot> slots, boolean[] mask, int status) {
    if (status == 409) {
      return "tells B that another workspace holds this name";
    }
    for (int i = 0; i < slots.size(); i++) {
      if (mask[i]
          && slots.get(i).kind().equals(ResourceKinds.ACCOUNT_EXTERNAL_ID)
          && status < 300) {
        return "claims A's channel account";
      }
    }
    return null;
  }

  private SampleRequests.Slots filler(boolean[] mask) {
    var index = new int[] {0};
    return (kind, where) -> {
      var owner = mask[index[0]++] ? a : b;
      return owner
          .id(kind)
          .orElseThrow(() -> new IllegalStateException("fixture holds no " + kind));
    };
  }

  /** All of A's ids; and with several, each alone as A's while the others are B's own. */
  private static List<boolean[]> masks(int slots) {
    var masks = new ArrayList<boolean[]>();
    var all = new boolean[slots];
    java.util.Arrays.fill(all, true);
    masks.add(all);
    for (int i = 0; slots > 1 && i < slots; i++) {
      var one = new boolean[slots];
      one[i] = true;
      masks.add(one);
    }
    return masks;
  }

  private static String describe(List<Slot> slots, boolean[] mask) {
    if (slots.isEmpty()) {
      return "no ids";
    }
    var parts = new ArrayList<String>();
    for (int i = 0; i < slots.size(); i++) {
      parts.add(
          (mask[i] ? "A's " : "B's ") + slots.get(i).kind() + " (" + slots.get(i).where() + ")");
    }
    return String.join(", ", parts);
  }

  static String abbreviate(String body) {
    var flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
