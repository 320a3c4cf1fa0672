package io.purser.conversation;

import io.purser.workspace.Network;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Contacts (customers) and their identities, one per network. */
@Repository
class Contacts {

  /** A customer's identity on one network. */
  record Identity(String network, String externalUserId, String handle, String displayName) {}

  private final JdbcClient jdbc;
  // Identities never move between contacts here, so a resolved one can be remembered — once it is
  // committed: a contact created by a batch that then rolls back must not be remembered, or the
  // retry would attach the customer's messages to a contact that does not exist. Shared by the
  // pipeline workers, hence concurrent.
  private final Map<String, Long> contactByIdentity = new ConcurrentHashMap<>();

  Contacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Long> find(long workspaceId, Network network, String externalUserId) {
    var key = workspaceId + ":" + network.wireName() + ":" + externalUserId;
    var cached = contactByIdentity.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    var found =
        jdbc.sql(
                "select contact_id from contact_identity"
                    + " where workspace_id = ? and network = ? and external_user_id = ?")
            .params(workspaceId, network.wireName(), externalUserId)
            .query(Long.class)
            .optional();
    found.ifPresent(id -> rememberOnCommit(key, id));
    return found;
  }

  private void rememberOnCommit(String key, long contactId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      contactByIdentity.put(key, contactId);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            contactByIdentity.put(key, contactId);
          }
        });
  }

  /** Creates a contact with its first identity. */
  long create(
      long workspaceId,
      Network network,
      String externalUserId,
      String handle,
      String displayName,
      Instant at) {
    var name = displayName != null ? displayName : handle != null ? handle : externalUserId;
    var keys = new GeneratedKeyHolder();
    var time = at.atOffset(ZoneOffset.UTC);
    jdbc.sql("insert into contact (workspace_id, display_name, created_at) values (?, ?, ?)")
        .params(workspaceId, truncate(name, 200), time)
        .update(keys, "id");
    long contactId = keys.getKey().longValue();
    jdbc.sql(
            "insert into contact_identity (workspace_id, contact_id, network, external_user_id,"
                + " handle, display_name, created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            workspaceId,
            contactId,
            network.wireName(),
            externalUserId,
            truncate(handle, 200),
            truncate(displayName, 200),
            time)
        .update();
    return contactId;
  }

  String displayName(long workspaceId, long contactId) {
    return jdbc.sql("select display_name from contact where workspace_id = ? and id = ?")
        .params(workspaceId, contactId)
        .query(String.class)
        .optional()
        .orElse("");
  }

  List<Identity> identities(long workspaceId, long contactId) {
    return jdbc.sql(
            "select network, external_user_id, handle, display_name from contact_identity"
                + " where workspace_id = ? and contact_id = ? order by id")
        .params(workspaceId, contactId)
        // Mapped by position: a record mapper probes "externalUserId" first, and H2 writes a stack
        // trace to its trace file for every column it cannot find (milliseconds a page).
        .query(
            (rs, row) ->
                new Identity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  static String truncate(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = max;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end);
  }
}
