package io.purser.console.conversation;

import io.purser.console.Deadlines;
import io.purser.conversation.ConversationManagement;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.routing.RoutingManagement;
import java.util.List;
import org.springframework.stereotype.Service;

/** Assembles a conversation's work panel from routing and the conversation's notes and tags. */
@Service
class WorkPanels {

  private final RoutingManagement routing;
  private final ConversationManagement conversations;
  private final Deadlines deadlines;

  WorkPanels(RoutingManagement routing, ConversationManagement conversations, Deadlines deadlines) {
    this.routing = routing;
    this.conversations = conversations;
    this.deadlines = deadlines;
  }

  WorkPanel of(PurserPrincipal caller, long conversationId) {
    long ws = caller.workspaceId();
    var view = routing.routing(ws, conversationId);
    var tags = conversations.tags(ws, conversationId);
    var notes = conversations.notes(ws, conversationId);
    var agents =
        caller.can(Role.SUPERVISOR)
            ? GiveToOrder.sorted(routing.agents(ws))
            : List.<RoutingManagement.AgentView>of();
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
        deadlines.of(ws, List.of(conversationId), id -> v.slaDueAt()).get(conversationId),
        tags,
        notes,
        agents);
  }
}
