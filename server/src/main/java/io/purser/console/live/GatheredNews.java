package io.purser.console.live;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Changes gathered for a moment before they are told: the conversations that changed per workspace,
 * and the workspaces whose agents changed. Safe for many threads noting and one taking: a
 * conversation is added under the map's lock for its workspace, so {@link #take} gets each
 * workspace's set either before a conversation is in it or after, never while a set it already took
 * is still being added to.
 */
final class GatheredNews {

  private final Map<Long, Set<Long>> conversations = new ConcurrentHashMap<>();
  private final Set<Long> agents = ConcurrentHashMap.newKeySet();

  void conversationChanged(long workspaceId, long conversationId) {
    conversations.compute(
        workspaceId,
        (id, ids) -> {
          var next = ids == null ? new HashSet<Long>() : ids;
          next.add(conversationId);
          return next;
        });
  }

  void agentsChanged(long workspaceId) {
    agents.add(workspaceId);
  }

  /** What was gathered since the last take, which is no longer gathered. */
  Taken take() {
    var changed = new TreeMap<Long, Set<Long>>();
    for (var workspaceId : conversations.keySet()) {
      var ids = conversations.remove(workspaceId);
      if (ids != null) {
        changed.put(workspaceId, ids);
      }
    }
    var agentsOf = new HashSet<Long>();
    for (var workspaceId : agents) {
      if (agents.remove(workspaceId)) {
        agentsOf.add(workspaceId);
      }
    }
    return new Taken(changed, agentsOf);
  }

  /** The conversations changed per workspace, and the workspaces whose agents changed. */
  record Taken(Map<Long, Set<Long>> conversations, Set<Long> agents) {
    boolean isEmpty() {
      return conversations.isEmpty() && agents.isEmpty();
    }
  }
}
