package io.purser.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A workspace's solved conversations as agent assist learns from them: what the customer wrote
 * before the brand's first reply, and that reply as sent. Two reads (the latest resolved or closed
 * conversations that got a reply, then their messages up to it), for a background rebuild.
 */
@Component
public class SolvedConversations {

  /**
   * One solved conversation.
   *
   * @param customerWords the customer's messages before the first reply, in order
   * @param firstReply the brand's first reply that the network accepted
   */
  public record Solved(long conversationId, String customerWords, String firstReply) {}

  private final JdbcClient jdbc;

  SolvedConversations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest {@code limit} solved conversations of the workspace, newest first. */
  public List<Solved> latest(long workspaceId, int limit) {
    var ids =
        jdbc.sql(
                "select id from conversation where workspace_id = ? and status in"
                    + " ('resolved', 'closed') and first_response_at is not null"
                    + " order by id desc limit ?")
            .params(workspaceId, limit)
            .query(Long.class)
            .list();
    if (ids.isEmpty()) {
      return List.of();
    }
    var words = new LinkedHashMap<Long, StringBuilder>();
    var replies = new LinkedHashMap<Long, String>();
    ids.forEach(id -> words.put(id, new StringBuilder()));
    jdbc.sql(
            "select conversation_id, direction, text, delivery_status from message"
                + " where workspace_id = ? and conversation_id in (:ids)"
                    .replace(":ids", String.join(",", ids.stream().map(String::valueOf).toList()))
                + " order by conversation_id, created_at, id")
        .param(workspaceId)
        .query(
            rs -> {
              long id = rs.getLong(1);
              if (replies.containsKey(id)) {
                return; // only what came before the first reply
              }
              if ("inbound".equals(rs.getString(2))) {
                words.get(id).append(rs.getString(3)).append('\n');
              } else if (List.of("sent", "delivered", "read").contains(rs.getString(4))) {
                replies.put(id, rs.getString(3));
              }
            });
    var solved = new ArrayList<Solved>();
    for (var id : ids) {
      var customer = words.get(id).toString().strip();
      if (replies.containsKey(id) && !customer.isEmpty()) {
        solved.add(new Solved(id, customer, replies.get(id)));
      }
    }
    return solved;
  }
}
