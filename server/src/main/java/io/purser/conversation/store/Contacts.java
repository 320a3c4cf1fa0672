package io.purser.conversation.store;

import io.purser.AfterCommit;
import io.purser.workspace.Network;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts (customers) and their identities, one per network. */
@Repository
public class Contacts {

  /** A customer's identity on one network. */
  public record Identity(
      String network, String externalUserId, String handle, String displayName) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  // Identities never move between contacts here, so a resolved one can be remembered — once it is
  // committed: a contact created by a batch that then rolls back must not be remembered, or the
  // retry would attach the customer's messages to a contact that does not exist. Shared by the
  // pipeline workers, hence concurrent.
  private final Map<String, Long> contactByIdentity = new ConcurrentHashMap<>();

  Contacts(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  public Optional<Long> find(long workspaceId, Network network, String externalUserId) {
    return Optional.ofNullable(
        findAll(workspaceId, network, List.of(externalUserId)).get(externalUserId));
  }

  /**
   * The contacts of these external user ids that exist, by user id: remembered ones from memory,
   * the others in one query.
   */
  public Map<String, Long> findAll(
      long workspaceId, Network network, Collection<String> externalUserIds) {
    var found = new HashMap<String, Long>();
    var missing = new ArrayList<String>();
    for (var userId : externalUserIds) {
      var cached = contactByIdentity.get(key(workspaceId, network, userId));
      if (cached != null) {
        found.put(userId, cached);
      } else {
        missing.add(userId);
      }
    }
    if (missing.isEmpty()) {
      return found;
    }
    var looked = new HashMap<String, Long>();
    jdbcTemplate.query(
        "select i.external_user_id, i.contact_id from unnest(?) as t(u) join contact_identity i"
            + " on i.workspace_id = ? and i.network = ? and i.external_user_id = t.u",
        ps -> {
          ps.setArray(1, SqlArrays.varchars(ps, missing));
          ps.setLong(2, workspaceId);
          ps.setString(3, network.wireName());
        },
        (RowCallbackHandler) rs -> looked.put(rs.getString(1), rs.getLong(2)));
    looked.forEach((userId, id) -> rememberOnCommit(key(workspaceId, network, userId), id));
    found.putAll(looked);
    return found;
  }

  /** A contact to create with its first identity. */
  public record NewContact(String externalUserId, String handle, String displayName, Instant at) {}

  /** Creates these contacts and their identities with two JDBC batches; returns their ids. */
  public List<Long> createAll(long workspaceId, Network network, List<NewContact> contacts) {
    if (contacts.isEmpty()) {
      return List.of();
    }
    var ids =
        SqlArrays.insertAll(
            jdbcTemplate,
            "insert into contact (workspace_id, display_name, created_at) values (?, ?, ?)",
            contacts.stream()
                .map(
                    c ->
                        new Object[] {
                          workspaceId,
                          truncate(nameOf(c.externalUserId(), c.handle(), c.displayName()), 200),
                          c.at().atOffset(ZoneOffset.UTC)
                        })
                .toList());
    var rows = new ArrayList<Object[]>(contacts.size());
    for (int i = 0; i < contacts.size(); i++) {
      var c = contacts.get(i);
      rows.add(
          new Object[] {
            workspaceId,
            ids.get(i),
            network.wireName(),
            c.externalUserId(),
            truncate(c.handle(), 200),
            truncate(c.displayName(), 200),
            c.at().atOffset(ZoneOffset.UTC)
          });
      rememberOnCommit(key(workspaceId, network, c.externalUserId()), ids.get(i));
    }
    jdbcTemplate.batchUpdate(
        "insert into contact_identity (workspace_id, contact_id, network, external_user_id,"
            + " handle, display_name, created_at) values (?, ?, ?, ?, ?, ?, ?)",
        rows);
    return ids;
  }

  private static String key(long workspaceId, Network network, String externalUserId) {
    return workspaceId + ":" + network.wireName() + ":" + externalUserId;
  }

  private static String nameOf(String externalUserId, String handle, String displayName) {
    return displayName != null ? displayName : handle != null ? handle : externalUserId;
  }

  private void rememberOnCommit(String key, long contactId) {
    AfterCommit.run(() -> contactByIdentity.put(key, contactId));
  }

  public String displayName(long workspaceId, long contactId) {
    return jdbc.sql("select display_name from contact where workspace_id = ? and id = ?")
        .params(workspaceId, contactId)
        .query(String.class)
        .optional()
        .orElse("");
  }

  public List<Identity> identities(long workspaceId, long contactId) {
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

  public static String truncate(String value, int max) {
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
