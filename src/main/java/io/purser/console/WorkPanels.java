package io.purser.console;

import io.purser.conversation.ConversationManagement;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.routing.RoutingManagement;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Assembles a conversation's work panel from routing and the conversation's notes and tags. */
@Service
class WorkPanels {

  private final RoutingManagement routing;
  private final ConversationManagement conversations;
  private final Clock clock;

  WorkPanels(RoutingManagement routing, ConversationManagement conversations, Clock clock) {
    this.routing = routing;
    this.conversations = conversations;
    this.clock = clock;
  }

  WorkPanel of(PurserPrincipal caller, long conversationId) {
    long ws = caller.workspaceId();
    var view = routing.routing(ws, conversationId);
    var tags = conversations.tags(ws, conversationId);
    var notes = conversations.notes(ws, conversationId);
    var agents =
        caller.can(Role.SUPERVISOR) ? routing.agents(ws) : List.<RoutingManagement.AgentView>of();
    if (view.isEmpty()) {
      return new WorkPanel(
          null, null, false, false, null, 0, "normal", List.of(), null, tags, notes, agents);
    }
    var v = view.get();
    return new WorkPanel(
        v.assigneeId(),
        v.assigneeName(),
        v.assigneeId() != null && v.assigneeId().equals(caller.userId()),
        v.waiting(),
        v.waitingSince(),
        v.priority(),
        v.priorityBand(),
        v.priorityReasons().stream().map(ReasonText::of).toList(),
        Deadline.of(v.slaDueAt(), clock.instant()),
        tags,
        notes,
        agents);
  }
}
