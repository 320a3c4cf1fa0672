package io.purser.media;

import io.purser.media.domain.SeenFlight;
import io.purser.workspace.Network;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The {@code media} rows and their bytes; every query is scoped by workspace. */
@Repository
class MediaStore {

  /** One attachment to fetch, as the network described it. */
  record NewMedia(
      int position, String kind, String url, String caption, String status, String why) {}

  /** A row the worker holds: where to fetch from and on whose behalf. */
  record Due(
      long id,
      long workspaceId,
      long conversationId,
      Network network,
      long channelAccountId,
      String kind,
      String url,
      int attempts,
      Instant sentAt) {}

  private static final String VIEW_COLUMNS =
      "id, message_id, position, kind, caption, status, error, content_type, size_bytes,"
          + " ocr_status, ocr_text, flights";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  MediaStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Adds the message's attachments once: a repeated event adds nothing. */
  void enqueue(
      long ws,
      long conversation,
      long message,
      Network network,
      long account,
      Instant sentAt,
      List<NewMedia> attachments,
      Instant now) {
    boolean known =
        jdbc.sql("select count(*) from media where workspace_id = ? and message_id = ?")
                .params(ws, message)
                .query(Long.class)
                .single()
            > 0;
    if (known) {
      return;
    }
    for (var a : attachments) {
      jdbc.sql(
              "insert into media (workspace_id, conversation_id, message_id, position, network,"
                  + " channel_account_id, kind, source_url, caption, status, error,"
                  + " next_attempt_at, sent_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?, ?)")
          .params(
              ws,
              conversation,
              message,
              a.position(),
              network.wireName(),
              account,
              cut(a.kind(), 40),
              cut(a.url(), 4000),
              cut(a.caption(), 2000),
              a.status(),
              cut(a.why(), 1000),
              utc(now),
              utc(sentAt),
              utc(now))
          .update();
    }
  }

  /**
   * Claims due rows for this worker: each is leased for {@code lease} (its next attempt is moved
   * past it and the attempt counted) and committed before the download starts, so a crash half-way
   * leaves it to be tried again when the lease ends, and no other worker takes it meanwhile.
   */
  List<Due> claim(Instant now, int limit, java.time.Duration lease) {
    var due =
        jdbc.sql(
                "select id, workspace_id, conversation_id, network, channel_account_id, kind,"
                    + " source_url, attempts, sent_at from media where status = 'pending' and"
                    + " next_attempt_at <= ? order by next_attempt_at fetch first ? rows only for"
                    + " update skip locked")
            .params(utc(now), limit)
            .query(
                (rs, i) ->
                    new Due(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        Network.fromWireName(rs.getString(4)),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8) + 1,
                        rs.getObject(9, OffsetDateTime.class).toInstant()))
            .list();
    for (var d : due) {
      jdbc.sql("update media set attempts = attempts + 1, next_attempt_at = ? where id = ?")
          .params(utc(now.plus(lease)), d.id())
          .update();
    }
    return due;
  }

  void stored(
      long id,
      String contentType,
      byte[] bytes,
      String ocrStatus,
      String ocrText,
      List<SeenFlight> flights,
      Instant now) {
    jdbc.sql("delete from media_content where media_id = ?").param(id).update();
    jdbc.sql("insert into media_content (media_id, bytes) values (?, ?)")
        .params(id, bytes)
        .update();
    jdbc.sql(
            "update media set status = 'stored', error = null, content_type = ?, size_bytes = ?,"
                + " ocr_status = ?, ocr_text = ?, flights = ?, processed_at = ? where id = ?")
        .params(
            contentType,
            bytes.length,
            ocrStatus,
            cut(ocrText, 20_000),
            flights.isEmpty()
                ? null
                : json.writeValueAsString(flights.stream().map(MediaStore::wire).toList()),
            utc(now),
            id)
        .update();
  }

  /**
   * Final: not fetched, for a reason the agent sees (too large, not an image, host not allowed).
   */
  void skipped(long id, String why, Instant now) {
    jdbc.sql("update media set status = 'skipped', error = ?, processed_at = ? where id = ?")
        .params(cut(why, 1000), utc(now), id)
        .update();
  }

  /** A failed attempt: tried again at {@code retryAt}, or failed for good when null. */
  void attemptFailed(long id, String error, Instant retryAt, Instant now) {
    if (retryAt == null) {
      jdbc.sql("update media set status = 'failed', error = ?, processed_at = ? where id = ?")
          .params(cut(error, 1000), utc(now), id)
          .update();
    } else {
      jdbc.sql("update media set error = ?, next_attempt_at = ? where id = ?")
          .params(cut(error, 1000), utc(retryAt), id)
          .update();
    }
  }

  List<MediaView> forConversation(long ws, long conversation) {
    return jdbc.sql(
            "select "
                + VIEW_COLUMNS
                + " from media where workspace_id = ? and conversation_id = ? order by message_id,"
                + " position")
        .params(ws, conversation)
        .query(
            (rs, i) ->
                new MediaView(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    (Integer) rs.getObject(9),
                    rs.getString(10),
                    rs.getString(11),
                    flights(rs.getString(12))))
        .list();
  }

  Optional<MediaContent> content(long ws, long mediaId) {
    return jdbc.sql(
            "select m.content_type, c.bytes from media m join media_content c on c.media_id = m.id"
                + " where m.workspace_id = ? and m.id = ? and m.status = 'stored'")
        .params(ws, mediaId)
        .query((rs, i) -> new MediaContent(rs.getString(1), rs.getBytes(2)))
        .optional();
  }

  private List<SeenFlight> flights(String stored) {
    if (stored == null) {
      return List.of();
    }
    var flights = new ArrayList<SeenFlight>();
    for (JsonNode f : json.readTree(stored)) {
      flights.add(
          new SeenFlight(
              f.path("number").asString(),
              f.hasNonNull("date") ? LocalDate.parse(f.path("date").asString()) : null,
              f.hasNonNull("departure") ? LocalTime.parse(f.path("departure").asString()) : null,
              f.hasNonNull("arrival") ? LocalTime.parse(f.path("arrival").asString()) : null,
              f.hasNonNull("origin") ? f.path("origin").asString() : null,
              f.hasNonNull("destination") ? f.path("destination").asString() : null));
    }
    return flights;
  }

  private static java.util.Map<String, String> wire(SeenFlight f) {
    var m = new java.util.LinkedHashMap<String, String>();
    m.put("number", f.number());
    m.put("date", f.date() == null ? null : f.date().toString());
    m.put("departure", f.departure() == null ? null : f.departure().toString());
    m.put("arrival", f.arrival() == null ? null : f.arrival().toString());
    m.put("origin", f.origin());
    m.put("destination", f.destination());
    return m;
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
