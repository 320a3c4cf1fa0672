package io.purser.assist.choice;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assist_choice table: what each workspace's agents did with suggested replies. */
@Repository
public class AssistChoices {

  /** A suggestion an agent took, and what they sent after editing it. */
  public record Choice(String templateKey, String suggestedText, String sentText) {}

  /** Longest text kept; a reply is far shorter on every network. */
  static final int MAX_TEXT = 4000;

  private final JdbcClient jdbc;
  private final Clock clock;

  AssistChoices(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void add(long workspaceId, long conversationId, Long userId, Choice choice) {
    jdbc.sql(
            "insert into assist_choice (workspace_id, conversation_id, template_key,"
                + " suggested_text, sent_text, chosen_by, chosen_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            workspaceId,
            conversationId,
            cut(choice.templateKey()),
            cut(choice.suggestedText()),
            cut(choice.sentText()),
            userId,
            clock.instant().atOffset(ZoneOffset.UTC))
        .update();
  }

  /** The workspace's choices, oldest first. */
  public List<Choice> all(long workspaceId) {
    return jdbc.sql(
            "select template_key, suggested_text, sent_text from assist_choice"
                + " where workspace_id = ? order by id")
        .param(workspaceId)
        .query(Choice.class)
        .list();
  }

  private static String cut(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }
}
