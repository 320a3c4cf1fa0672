package io.purser.conversation.store;

import io.purser.conversation.search.SearchIndex;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Brand replies held in the message table without a conversation until their parent arrives, and
 * their adoption into the parent's conversation. Every statement is scoped by workspace, except the
 * look-up of stranded replies in all of them.
 */
@Repository
public class HeldMessages {

  /** A brand reply that waited for its parent. */
  public record HeldReply(long id, String externalId) {}

  /** A held brand reply whose parent is in a conversation, as two racing workers leave one. */
  public record Stranded(
      long workspaceId,
      Network network,
      long id,
      String externalId,
      long conversationId,
      Instant createdAt) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final SearchIndex search;

  HeldMessages(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SearchIndex search) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.search = search;
  }

  /** Which of these network ids have brand replies held for them (waiting for their parent). */
  public Set<String> parentsWithHeldReplies(
      long workspaceId, Network network, Collection<String> externalIds) {
    var found = new HashSet<String>();
    if (externalIds.isEmpty()) {
      return found;
    }
    jdbcTemplate.query(
        "select m.in_reply_to_external_id from unnest(?) as t(e) join message m on"
            + " m.in_reply_to_external_id = t.e and m.workspace_id = ? and m.network = ? and"
            + " m.conversation_id is null",
        ps -> Messages.bindIds(ps, workspaceId, network, externalIds),
        (RowCallbackHandler) rs -> found.add(rs.getString(1)));
    return found;
  }

  /**
   * Moves held messages that answer {@code parentExternalId} into the conversation, and returns
   * their ids and external ids so their own held answers can follow.
   */
  public List<HeldReply> adoptHeldReplies(
      long workspaceId, Network network, String parentExternalId, long conversationId) {
    var held =
        jdbc.sql(
                "select id, external_id from message where workspace_id = ? and network = ? and"
                    + " in_reply_to_external_id = ? and conversation_id is null")
            .params(workspaceId, network.wireName(), parentExternalId)
            .query((rs, row) -> new HeldReply(rs.getLong("id"), rs.getString("external_id")))
            .list();
    return held.stream()
        .filter(message -> join(workspaceId, message.id(), conversationId))
        .toList();
  }

  /**
   * Puts a held message into a conversation and makes it findable there; false when it has joined
   * one meanwhile.
   */
  public boolean join(long workspaceId, long messageId, long conversationId) {
    int moved =
        jdbc.sql(
                "update message set conversation_id = ? where workspace_id = ? and id = ? and"
                    + " conversation_id is null")
            .params(conversationId, workspaceId, messageId)
            .update();
    if (moved > 0) {
      search.storedMessage(workspaceId, messageId);
    }
    return moved > 0;
  }

  /** Held replies whose parent has a conversation, at most {@code limit}, in all workspaces. */
  public List<Stranded> stranded(int limit) {
    return jdbc.sql(
            "select m.workspace_id, m.network, m.id, m.external_id, p.conversation_id,"
                + " m.created_at from message m join message p on p.workspace_id ="
                + " m.workspace_id and p.network = m.network and p.external_id ="
                + " m.in_reply_to_external_id where m.conversation_id is null and"
                + " m.in_reply_to_external_id is not null and p.conversation_id is not null"
                + " fetch first ? rows only")
        .param(limit)
        .query(
            (rs, row) ->
                new Stranded(
                    rs.getLong(1),
                    Network.fromWireName(rs.getString(2)),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getObject(6, java.sql.Timestamp.class).toInstant()))
        .list();
  }
}
