package io.purser.ingest;

import io.purser.workspace.Network;
import java.util.HashSet;
import java.util.Set;

/**
 * Which messages of a claimed batch were stored before it, looked up in one query per workspace and
 * network instead of one per message. A message not stored is recorded without looking again the
 * first time the batch names it; a second occurrence in the same batch (a redelivery) goes through
 * the usual lookup, which finds the first one.
 */
final class KnownMessages {

  enum Verdict {
    /** Stored before the batch: nothing to do. */
    STORED,
    /** Not stored before the batch, and not yet recorded by it: record without looking. */
    NEW,
    /** Already named by this batch: record, looking first (finds the first one). */
    CHECK
  }

  private final Set<String> stored;
  private final Set<String> named = new HashSet<>();

  KnownMessages(Set<String> stored) {
    this.stored = stored;
  }

  static String key(long workspaceId, Network network, String externalId) {
    return workspaceId + ":" + network.wireName() + ":" + externalId;
  }

  Verdict of(long workspaceId, Network network, String externalId) {
    if (externalId == null) {
      return Verdict.CHECK;
    }
    var key = key(workspaceId, network, externalId);
    if (stored.contains(key)) {
      return Verdict.STORED;
    }
    return named.add(key) ? Verdict.NEW : Verdict.CHECK;
  }
}
