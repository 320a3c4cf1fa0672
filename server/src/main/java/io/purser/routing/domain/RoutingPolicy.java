package io.purser.routing.domain;

import java.time.Instant;
import java.util.List;

/**
 * Decides which waiting conversations go to which agents at one instant. Every policy guarantees:
 * no agent is pushed beyond its capacity, only available agents receive work, and no conversation
 * goes to two agents. Conversations left out stay waiting.
 */
public interface RoutingPolicy {

  /** The policy's name in settings and reports ({@code purser}, {@code fifo}). */
  String name();

  /**
   * The assignments to make now, in the order they were decided.
   *
   * @param waiting the conversations waiting for an agent; a conversation id may appear only once
   * @param agents the agents with their current load; an agent id may appear only once
   * @param now the time of the decision, recorded as the agents' last assignment
   */
  List<Assignment> dispatch(
      List<WaitingConversation> waiting, List<AgentState> agents, Instant now);

  /** The policy called {@code name}: {@code purser} (priority and skills) or {@code fifo}. */
  static RoutingPolicy named(String name) {
    return switch (name) {
      case AssignmentPolicy.NAME -> new AssignmentPolicy();
      case RoundRobinPolicy.NAME -> new RoundRobinPolicy();
      default ->
          throw new IllegalArgumentException(
              "unknown routing policy '" + name + "': expected purser or fifo");
    };
  }
}
