package io.purser.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Api;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue views against what they mean, on a workspace of conversations with every mix of team,
 * owner and activity: the team view holds the active conversations routed to one of the agent's
 * teams or owned by one of their team mates, highest priority first (the oldest conversation first
 * among equals), page after page, and its count says the same.
 */
class QueueViewsIT extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired RoutingManagement routing;

  private Api.Workspace ws;
  private long account;
  private final Random random = new Random(5);

  /** A conversation as the test made it. */
  record Made(long id, Long teamId, Long ownerId, boolean active, int priority) {}

  private final List<Made> made = new ArrayList<>();

  @BeforeEach
  void brand() {
    ws = api.newWorkspace();
    account = api.registerAccount(ws, "x", Ids.random());
  }

  private long user(String name) {
    return api.newUser(ws, name + "-" + ws.slug(), "AGENT").id();
  }

  private long team(String name, long... members) {
    jdbc.sql("insert into team (workspace_id, name, time_zone, created_at) values (?, ?, 'UTC', ?)")
        .params(ws.id(), name, Timestamp.from(Instant.now()))
        .update();
    long team =
        jdbc.sql("select id from team where workspace_id = ? and name = ?")
            .params(ws.id(), name)
            .query(Long.class)
            .single();
    for (long member : members) {
      jdbc.sql("insert into team_member (team_id, user_id, workspace_id) values (?, ?, ?)")
          .params(team, member, ws.id())
          .update();
    }
    return team;
  }

  /**
   * A conversation of its own customer, with its routing row; priorities tie often. Nobody waits,
   * so routing's sweeper leaves the priorities alone while the test reads them.
   */
  private void conversation(Long teamId, Long ownerId, boolean active) {
    var now = Timestamp.from(Instant.now());
    var name = "Customer " + Ids.random();
    jdbc.sql("insert into contact (workspace_id, display_name, created_at) values (?, ?, ?)")
        .params(ws.id(), name, now)
        .update();
    long contact =
        jdbc.sql("select id from contact where workspace_id = ? and display_name = ?")
            .params(ws.id(), name)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into conversation (workspace_id, contact_id, status, channel_account_id,"
                + " opened_at, last_message_at, message_count) values (?, ?, ?, ?, ?, ?, 1)")
        .params(ws.id(), contact, active ? "new" : "closed", account, now, now)
        .update();
    long id =
        jdbc.sql("select id from conversation where workspace_id = ? and contact_id = ?")
            .params(ws.id(), contact)
            .query(Long.class)
            .single();
    int priority = random.nextInt(6) * 10;
    jdbc.sql(
            "insert into conversation_routing (conversation_id, workspace_id, waiting, network,"
                + " team_id, priority, assignee_id, updated_at, active) values (?, ?, false, 'x', ?,"
                + " ?, ?, ?, ?)")
        .params(id, ws.id(), teamId, priority, ownerId, now, active)
        .update();
    made.add(new Made(id, teamId, ownerId, active, priority));
  }

  private List<Long> expected(Set<Long> teams, Set<Long> mates) {
    return made.stream()
        .filter(Made::active)
        .filter(
            m ->
                (m.teamId() != null && teams.contains(m.teamId()))
                    || (m.ownerId() != null && mates.contains(m.ownerId())))
        .sorted(Comparator.comparingInt(Made::priority).reversed().thenComparing(Made::id))
        .map(Made::id)
        .toList();
  }

  private List<Long> ordered(java.util.function.Predicate<Made> in) {
    return made.stream()
        .filter(Made::active)
        .filter(in)
        .sorted(Comparator.comparingInt(Made::priority).reversed().thenComparing(Made::id))
        .map(Made::id)
        .toList();
  }

  private List<Long> viewed(long user, QueueView view) {
    var all = new ArrayList<Long>();
    for (int offset = 0; ; offset += 50) {
      var page = routing.queue(ws.id(), user, view, offset, 51);
      page.stream().limit(50).forEach(item -> all.add(item.conversationId()));
      if (page.size() <= 50) {
        return all;
      }
    }
  }

  @Test
  void theTeamViewHoldsTheTeamsConversationsAndThoseOfTeamMatesPageAfterPage() {
    long me = user("me");
    long mate = user("mate");
    long other = user("other");
    long alone = user("alone");
    long mine = team("desk", me, mate);
    long theirs = team("night", other);
    var owners = new Long[] {null, me, mate, other, alone};
    var teams = new Long[] {null, mine, theirs};
    for (int i = 0; i < 250; i++) {
      conversation(teams[i % 3], owners[(i / 3) % 5], i % 11 != 0);
    }

    var desk = expected(Set.of(mine), Set.of(me, mate));
    assertThat(desk).hasSizeGreaterThan(100);
    assertThat(viewed(me, QueueView.TEAM)).containsExactlyElementsOf(desk);
    assertThat(viewed(mate, QueueView.TEAM)).containsExactlyElementsOf(desk);
    assertThat(routing.queueCounts(ws.id(), me).team()).isEqualTo(desk.size());
    assertThat(viewed(other, QueueView.TEAM))
        .containsExactlyElementsOf(expected(Set.of(theirs), Set.of(other)));
    assertThat(routing.queueCounts(ws.id(), other).team())
        .isEqualTo(expected(Set.of(theirs), Set.of(other)).size());

    // In no team: nothing, not even the conversations they own.
    assertThat(viewed(alone, QueueView.TEAM)).isEmpty();
    assertThat(routing.queueCounts(ws.id(), alone).team()).isZero();

    // The other views keep their meaning alongside, page after page.
    assertThat(viewed(me, QueueView.MINE))
        .containsExactlyElementsOf(ordered(m -> Objects.equals(m.ownerId(), me)));
    assertThat(viewed(me, QueueView.UNASSIGNED))
        .containsExactlyElementsOf(ordered(m -> m.ownerId() == null));
    assertThat(viewed(mate, QueueView.ALL)).containsExactlyElementsOf(ordered(m -> true));
    assertThat(routing.queueCounts(ws.id(), me).all())
        .isEqualTo(made.stream().filter(Made::active).count());
  }

  @Test
  void theTopBarsPresenceIsTheAgentsPresence() {
    long me = user("me");
    var whole = routing.agent(ws.id(), me).orElseThrow();
    assertThat(routing.presence(ws.id(), me)).contains(whole.presence());
    routing.setPresence(ws.id(), me, io.purser.routing.domain.Presence.BUSY, "test");
    assertThat(routing.presence(ws.id(), me)).contains("busy");
    // A user of another workspace is no agent here.
    var elsewhere = api.newWorkspace();
    assertThat(routing.presence(elsewhere.id(), me)).isEmpty();
  }
}
