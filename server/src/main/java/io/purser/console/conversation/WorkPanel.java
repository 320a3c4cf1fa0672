package io.purser.console.conversation;

import io.purser.console.Deadline;
import io.purser.conversation.ConversationNote;
import io.purser.routing.RoutingManagement.AgentView;
import java.time.Instant;
import java.util.List;

/**
 * Who is working on a conversation and why it sits where it does in the queue: owner, priority with
 * reasons, SLA deadline, tags and internal notes.
 *
 * @param agents the workspace's agents a supervisor can hand it to, in {@link GiveToOrder}; empty
 *     for agents
 */
record WorkPanel(
    Long ownerId,
    String ownerName,
    boolean mine,
    boolean waiting,
    Instant waitingSince,
    int priority,
    String priorityBand,
    List<ReasonText> reasons,
    Deadline deadline,
    List<String> tags,
    List<ConversationNote> notes,
    List<AgentView> agents) {

  /** The agents at work (available, then busy), least loaded first. */
  public List<AgentView> agentsAtWork() {
    return agents.stream().filter(GiveToOrder::atWork).toList();
  }

  /** The agents away or offline: they will not see a conversation given to them until back. */
  public List<AgentView> agentsNotAtWork() {
    return agents.stream().filter(a -> !GiveToOrder.atWork(a)).toList();
  }
}
