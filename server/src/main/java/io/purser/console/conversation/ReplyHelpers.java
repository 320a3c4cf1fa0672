package io.purser.console.conversation;

import io.purser.assist.AssistManagement;
import io.purser.assist.AssistManagement.Suggested;
import io.purser.assist.ReplyContext;
import io.purser.console.ConsoleSettings;
import io.purser.identity.IdentityManagement;
import io.purser.identity.IdentityManagement.UserProfile;
import io.purser.identity.PurserPrincipal;
import io.purser.reply.ReplyManagement;
import io.purser.reply.ReplyTemplate;
import io.purser.workspace.Workspace;
import io.purser.workspace.WorkspaceManagement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The agent's side of composing: their name and signature line in the brand's style, and saved
 * replies filled with what the console knows about the conversation and the agent.
 */
@Component
class ReplyHelpers {

  /** A saved reply ready to insert. */
  record FilledReply(long id, String name, String text) {}

  private final IdentityManagement identity;
  private final ReplyManagement replies;
  private final ConsoleSettings settings;
  private final AssistManagement assist;
  private final WorkspaceManagement workspaces;

  ReplyHelpers(
      IdentityManagement identity,
      ReplyManagement replies,
      ConsoleSettings settings,
      AssistManagement assist,
      WorkspaceManagement workspaces) {
    this.identity = identity;
    this.replies = replies;
    this.settings = settings;
    this.assist = assist;
    this.workspaces = workspaces;
  }

  /**
   * Replies suggested for what the customer wrote since the brand last answered (their whole side
   * when it never did), filled with what the console knows; the form adds the signature. Null when
   * the customer has written nothing since: there is nothing to answer.
   */
  Suggested suggestions(PurserPrincipal caller, ConversationScreen screen) {
    // Answered means written before the brand's latest reply was: the networks' times have only
    // seconds (a tweet in the same second as our reply sorts before it), so a customer message
    // counts by when Purser received it.
    Instant lastReply = Instant.MIN;
    for (var entry : screen.timeline()) {
      var m = entry.message();
      if (!m.isInbound() && m.createdAt() != null && m.createdAt().isAfter(lastReply)) {
        lastReply = m.createdAt();
      }
    }
    var words = new StringBuilder();
    for (var entry : screen.timeline()) {
      var m = entry.message();
      var at = m.receivedAt() != null ? m.receivedAt() : m.createdAt();
      if (m.isInbound() && m.text() != null && (at == null || at.isAfter(lastReply))) {
        words.append(m.text()).append('\n');
      }
    }
    var context =
        new ReplyContext(
            firstName(screen.customer().name()), screen.recordLocator(), null, null, brand(caller));
    var unanswered = words.toString().strip();
    return unanswered.isEmpty() ? null : assist.suggest(caller.workspaceId(), unanswered, context);
  }

  /** Remembers that the agent sent {@code sent} after taking a suggestion; nothing without one. */
  void recordChoice(
      PurserPrincipal caller, long conversationId, String key, String suggested, String sent) {
    if (!key.isBlank() && !suggested.isBlank() && !sent.isBlank()) {
      assist.recordChoice(
          caller.workspaceId(), conversationId, caller.userId(), key, suggested, sent);
    }
  }

  String authorName(PurserPrincipal caller) {
    return identity.profile(caller).map(UserProfile::displayName).orElse(caller.name());
  }

  /** The line appended to this agent's replies, e.g. {@code " ^AB"}; empty without a signature. */
  String signatureLine(PurserPrincipal caller) {
    var signature = identity.profile(caller).map(UserProfile::signature).orElse(null);
    return ReplyTemplate.signature(settings.signatureStyle(), signature);
  }

  List<FilledReply> savedReplies(PurserPrincipal caller, ConversationScreen screen, String query) {
    var values = variables(caller, screen);
    return replies.savedReplies(caller.workspaceId(), query, 20).stream()
        .map(r -> new FilledReply(r.id(), r.name(), ReplyTemplate.fill(r.text(), values)))
        .toList();
  }

  private Map<String, String> variables(PurserPrincipal caller, ConversationScreen screen) {
    var values = new HashMap<String, String>();
    var profile = identity.profile(caller);
    values.put("customer_name", firstName(screen.customer().name()));
    values.put("customer_full_name", screen.customer().name());
    screen.customer().identities().stream()
        .filter(i -> i.handle() != null)
        .findFirst()
        .ifPresent(i -> values.put("customer_handle", "@" + i.handle()));
    values.put("agent_name", profile.map(UserProfile::displayName).orElse(caller.name()));
    values.put("signature", profile.map(UserProfile::signature).orElse(null));
    values.put("record_locator", screen.recordLocator());
    values.put("brand", brand(caller));
    return values;
  }

  /** The brand the agent answers for, as replies name it: the workspace's name. */
  String brand(PurserPrincipal caller) {
    return workspaces.find(caller.workspaceId()).map(Workspace::name).orElse(null);
  }

  private static String firstName(String name) {
    if (name == null) {
      return null;
    }
    var parts = name.strip().split("\\s+");
    return parts.length == 0 ? name : parts[0];
  }

  List<String> publicPersonalData(String text, ConversationScreen screen) {
    if (screen.network() == null || text == null || text.isBlank()) {
      return List.of();
    }
    return replies.personalDataKinds(text, screen.network());
  }
}
