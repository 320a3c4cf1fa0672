package io.purser.conversation.annotation;

import io.purser.conversation.ConversationEvents.ConversationAnnotated;
import io.purser.conversation.ConversationNote;
import io.purser.conversation.TriageCorrection;
import io.purser.conversation.TriageLabel;
import io.purser.conversation.domain.Tags;
import io.purser.conversation.store.ConversationStore;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What agents (and Purser itself) add to a conversation besides replies: notes, tags, and
 * corrections of what triage said about its messages. Every change to notes or tags is announced as
 * {@link ConversationAnnotated}.
 */
@Service
public class Annotations {

  private final AgentAnnotations annotations;
  private final ConversationStore conversations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Annotations(
      AgentAnnotations annotations,
      ConversationStore conversations,
      ApplicationEventPublisher events,
      Clock clock) {
    this.annotations = annotations;
    this.conversations = conversations;
    this.events = events;
    this.clock = clock;
  }

  /** See {@link io.purser.conversation.ConversationManagement#addNote}. */
  public boolean addNote(
      long workspaceId, long conversationId, Long userId, String author, String text) {
    if (text.length() > ConversationNote.LONGEST) {
      throw new IllegalArgumentException(
          "a note has at most " + ConversationNote.LONGEST + " characters, not " + text.length());
    }
    if (conversations.state(workspaceId, conversationId).isEmpty()) {
      return false;
    }
    note(workspaceId, conversationId, userId, author, text);
    return true;
  }

  /** A note Purser writes itself about what a network did, cut to fit. */
  public void purserNote(long workspaceId, long conversationId, String text) {
    note(workspaceId, conversationId, null, "Purser", ConversationNote.fitting(text));
  }

  private void note(
      long workspaceId, long conversationId, Long userId, String author, String text) {
    annotations.addNote(workspaceId, conversationId, userId, author, text, clock.instant());
    events.publishEvent(new ConversationAnnotated(workspaceId, conversationId));
  }

  public List<ConversationNote> notes(long workspaceId, long conversationId) {
    return annotations.notes(workspaceId, conversationId);
  }

  /** Tags the conversation; false when there is no such conversation or nothing is left to tag. */
  public boolean tag(long workspaceId, long conversationId, String tag) {
    var normal = Tags.normalise(tag);
    if (normal == null || conversations.state(workspaceId, conversationId).isEmpty()) {
      return false;
    }
    annotations.tag(workspaceId, conversationId, normal, clock.instant());
    events.publishEvent(new ConversationAnnotated(workspaceId, conversationId));
    return true;
  }

  public boolean untag(long workspaceId, long conversationId, String tag) {
    boolean removed = annotations.untag(workspaceId, conversationId, Tags.normalise(tag));
    if (removed) {
      events.publishEvent(new ConversationAnnotated(workspaceId, conversationId));
    }
    return removed;
  }

  public List<String> tags(long workspaceId, long conversationId) {
    return annotations.tags(workspaceId, conversationId);
  }

  /** Keeps an agent's correction of a message that the caller has found in the workspace. */
  public void correctTriage(
      long workspaceId, long messageId, TriageCorrection correction, String correctedBy) {
    annotations.correctTriage(workspaceId, messageId, correction, correctedBy, clock.instant());
  }

  public List<TriageLabel> triageLabels(long workspaceId) {
    return annotations.triageLabels(workspaceId);
  }
}
