package io.purser.conversation;

import io.purser.workspace.Network;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every stored message of one network in a workspace, read in one pass, for operator tools that
 * check a run against the database itself (the pipeline benchmark counts what was lost or stored
 * twice). Not a bean: the product itself never needs all of them at once.
 */
public final class StoredMessageScan {

  /**
   * One stored message.
   *
   * @param inConversation whether it was threaded into a conversation
   */
  public record StoredMessage(long id, String externalId, boolean inConversation) {}

  private StoredMessageScan() {}

  /** Hands each message to {@code each}, in no particular order. */
  public static void forEach(
      DataSource dataSource, long workspaceId, Network network, Consumer<StoredMessage> each) {
    new JdbcTemplate(dataSource)
        .query(
            "select id, external_id, conversation_id from message where workspace_id = ?"
                + " and network = ?",
            rs -> {
              each.accept(
                  new StoredMessage(rs.getLong(1), rs.getString(2), rs.getObject(3) != null));
            },
            workspaceId,
            network.wireName());
  }
}
