package io.purser.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.testing.Api;
import io.purser.testing.Brand;
import io.purser.testing.ConsoleSession;
import io.purser.testing.IntegrationTest;
import io.purser.testing.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The audit log: every change through the API names who made it, when, from where, and the state
 * before and after, without secrets; only the workspace's administrators read it.
 */
class AuditIT extends IntegrationTest {

  private static final String RULE =
      "{\"name\":\"football\",\"match\":\"KEYWORD\",\"pattern\":\"Manchester United\","
          + "\"action\":\"HIDE\"}";

  @Autowired JdbcClient jdbc;

  @Test
  void recordsWhoChangedWhatWhenAndFromWhereWithBeforeAndAfter() {
    var ws = api.newWorkspace();
    var started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var supervisor = api.newUser(ws, "sue-" + ws.slug(), "SUPERVISOR");
    var rule = api.post("/api/v1/triage/rules", supervisor.token(), RULE).json().get("id").asLong();
    assertThat(api.delete("/api/v1/triage/rules/" + rule, supervisor.token()).status())
        .isEqualTo(204);

    var events = audit(ws, "");
    var created = only(events, "brand_rule.create");
    assertThat(created.get("actor").get("kind").asString()).isEqualTo("token");
    assertThat(created.get("actor").get("userId").asLong()).isEqualTo(supervisor.id());
    assertThat(created.get("actor").get("tokenId").isNumber()).isTrue();
    assertThat(created.get("actor").get("name").asString()).isEqualTo("sue-" + ws.slug());
    assertThat(created.get("sourceIp").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(Instant.parse(created.get("at").asString())).isBetween(started, Instant.now());
    assertThat(created.get("target").get("type").asString()).isEqualTo("brand_rule");
    assertThat(created.get("target").get("id").asString()).isEqualTo(Long.toString(rule));
    assertThat(created.path("before").isMissingNode()).as("nothing before a creation").isTrue();
    assertThat(created.get("after").get("pattern").asString()).isEqualTo("Manchester United");
    var deleted = only(events, "brand_rule.delete");
    assertThat(deleted.get("before").get("pattern").asString()).isEqualTo("Manchester United");
    assertThat(deleted.path("after").isMissingNode()).as("nothing after a deletion").isTrue();

    var userCreated = only(events, "user.create");
    assertThat(userCreated.get("actor").get("kind").asString()).isEqualTo("token");
    assertThat(userCreated.get("actor").get("name").asString()).isEqualTo("admin");
    assertThat(userCreated.get("after").get("role").asString()).isEqualTo("SUPERVISOR");
    assertThat(events)
        .filteredOn(e -> e.get("action").asString().equals("token.create"))
        .extracting(e -> e.get("after").path("userId").asLong(0))
        .contains(supervisor.id());
    var bootstrap =
        events.stream().filter(e -> e.get("actor").get("kind").asString().equals("bootstrap"));
    assertThat(bootstrap.map(e -> e.get("action").asString()))
        .as("the operator's token created the workspace's admin token")
        .containsExactly("token.create");
  }

  @Test
  void recordsSupervisorsSettingsAndAnAgentsTakeoverInTheConsole() {
    var ws = api.newWorkspace();
    var supervisor = api.newUser(ws, "sue-" + ws.slug(), "SUPERVISOR");
    var policy =
        api.put(
            "/api/v1/sla-policy",
            supervisor.token(),
            "{\"name\":\"Fast\",\"calendar\":{\"type\":\"always\"},\"targets\":{"
                + "\"firstResponse\":\"PT15M\",\"nextResponse\":\"PT1H\","
                + "\"resolution\":\"PT24H\",\"warnBefore\":\"PT5M\"}}");
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
    var team =
        api.post("/api/v1/teams", supervisor.token(), "{\"name\":\"Nights\",\"timeZone\":\"UTC\"}");
    assertThat(team.status()).as(team.body()).isEqualTo(201);
    var saved =
        api.post(
            "/api/v1/saved-replies",
            supervisor.token(),
            "{\"name\":\"sorry\",\"text\":\"We are sorry about the delay.\"}");
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);

    long conversation = Brand.onX(api, ws).tweet("@brand my bag is lost");
    var name = "ana-" + ws.slug();
    var agent = api.newUser(ws, name, "AGENT");
    var console = new ConsoleSession(port);
    assertThat(console.signIn(ws.slug(), name, Api.PASSWORD)).isEqualTo("/console");
    var takeover = console.post("/console/conversations/" + conversation + "/takeover", "");
    assertThat(takeover.statusCode()).as(takeover.body()).isEqualTo(200);

    var events = audit(ws, "");
    assertThat(
            only(events, "sla_policy.set")
                .get("after")
                .get("targets")
                .get("firstResponse")
                .asString())
        .isEqualTo("PT15M");
    assertThat(only(events, "team.create").get("after").get("name").asString()).isEqualTo("Nights");
    assertThat(only(events, "saved_reply.create").get("after").get("text").asString())
        .contains("sorry");
    var took = only(events, "conversation.took_over");
    assertThat(took.get("actor").get("kind").asString()).isEqualTo("user");
    assertThat(took.get("actor").get("userId").asLong()).isEqualTo(agent.id());
    assertThat(took.get("actor").has("tokenId")).isFalse();
    assertThat(took.get("sourceIp").asString()).isNotBlank();
    assertThat(took.get("after").get("assigneeId").asLong()).isEqualTo(agent.id());
  }

  @Test
  void neverRecordsSecrets() {
    var ws = api.newWorkspace();
    api.registerAccount(ws, "x", "90210" + ws.id());
    api.newUser(ws, "ana-" + ws.slug(), "AGENT");
    var created = api.post("/api/v1/tokens", ws.token(), "{\"name\":\"ci\",\"role\":\"ADMIN\"}");
    var token = created.json().get("token").asString();

    var body = api.get("/api/v1/audit", ws.token()).body();
    assertThat(body)
        .contains("channel_account.register")
        .doesNotContain("tok-90210")
        .doesNotContain(Api.PASSWORD)
        .doesNotContain(token)
        .doesNotContain(ws.token());
    var account = only(audit(ws, ""), "channel_account.register");
    assertThat(account.get("after").get("accessToken").asString()).isEqualTo("[redacted]");
    assertThat(account.get("after").get("externalId").asString()).isEqualTo("90210" + ws.id());
  }

  @Test
  void recordsTokenRevocationAndUserDeactivationWithTheirStates() {
    var ws = api.newWorkspace();
    var agent = api.newUser(ws, "ana-" + ws.slug(), "AGENT");
    api.post("/api/v1/users/" + agent.id() + "/deactivate", ws.token(), "");
    api.put("/api/v1/users/" + agent.id() + "/role", ws.token(), "{\"role\":\"SUPERVISOR\"}");
    long tokenId =
        api.get("/api/v1/tokens", ws.token()).json().get("items").get(1).get("id").asLong();
    api.delete("/api/v1/tokens/" + tokenId, ws.token());

    var events = audit(ws, "");
    var deactivated = only(events, "user.deactivate");
    assertThat(deactivated.get("before").get("active").asBoolean()).isTrue();
    assertThat(deactivated.get("after").get("active").asBoolean()).isFalse();
    var role = only(events, "user.role");
    assertThat(role.get("before").get("role").asString()).isEqualTo("AGENT");
    assertThat(role.get("after").get("role").asString()).isEqualTo("SUPERVISOR");
    var revoked = only(events, "token.revoke");
    assertThat(revoked.get("before").get("revokedAt").isNull()).isTrue();
    assertThat(revoked.get("after").get("revokedAt").isNull()).isFalse();
  }

  @Test
  void anotherWorkspacesAdminSeesNoneOfItAndAnAgentIsRefused() {
    var ws = api.newWorkspace();
    var agent = api.newUser(ws, "ana-" + ws.slug(), "AGENT");
    assertThat(audit(ws, "")).isNotEmpty();

    var other = api.newWorkspace();
    var theirs = api.get("/api/v1/audit", other.token());
    assertThat(theirs.status()).isEqualTo(200);
    assertThat(theirs.body()).doesNotContain("ana-" + ws.slug());
    for (var event : theirs.json().get("items")) {
      assertThat(event.get("target").get("id").asString()).isNotEqualTo(Long.toString(agent.id()));
    }
    var refused = api.get("/api/v1/audit", agent.token());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("user.create");
    var supervisor = api.newUser(ws, "sue-" + ws.slug(), "SUPERVISOR");
    assertThat(api.get("/api/v1/audit", supervisor.token()).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/audit", null).status()).isEqualTo(401);
  }

  @Test
  void filtersByTimeAndActorAndPagesWithACursor() {
    var ws = api.newWorkspace();
    var supervisor = api.newUser(ws, "sue-" + ws.slug(), "SUPERVISOR");
    api.post("/api/v1/triage/rules", supervisor.token(), RULE);
    api.post("/api/v1/triage/rules", supervisor.token(), RULE.replace("football", "football 2"));

    var bySupervisor = audit(ws, "?actor=user:" + supervisor.id());
    assertThat(bySupervisor)
        .extracting(e -> e.get("action").asString())
        .containsOnly("brand_rule.create")
        .hasSize(2);
    assertThat(audit(ws, "?actor=admin"))
        .extracting(e -> e.get("action").asString())
        .contains("user.create", "token.create")
        .doesNotContain("brand_rule.create");
    long tokenId = bySupervisor.get(0).get("actor").get("tokenId").asLong();
    assertThat(audit(ws, "?actor=token:" + tokenId)).hasSize(2);
    assertThat(audit(ws, "?actor=nobody")).isEmpty();

    var hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
    var inAnHour = Instant.now().plus(1, ChronoUnit.HOURS);
    assertThat(audit(ws, "?from=" + hourAgo + "&to=" + inAnHour)).hasSizeGreaterThanOrEqualTo(4);
    assertThat(audit(ws, "?from=" + inAnHour)).isEmpty();
    assertThat(audit(ws, "?to=" + hourAgo)).isEmpty();

    var first = api.get("/api/v1/audit?limit=1&actor=user:" + supervisor.id(), ws.token()).json();
    assertThat(first.get("items")).hasSize(1);
    var cursor = first.get("nextCursor").asString();
    var second =
        api.get(
                "/api/v1/audit?limit=1&actor=user:" + supervisor.id() + "&cursor=" + cursor,
                ws.token())
            .json();
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("id").asLong())
        .isLessThan(first.get("items").get(0).get("id").asLong());
  }

  @Test
  void answersBadParametersWith400() {
    var ws = api.newWorkspace();
    for (var bad :
        List.of(
            "?from=yesterday",
            "?to=2026-13-45",
            "?from=2026-12-06T10:00:00Z&to=2026-12-05T10:00:00Z",
            "?actor=user:abc",
            "?actor=token:",
            "?cursor=not-ours",
            "?limit=0",
            "?limit=100000",
            "?limit=many")) {
      var answer = api.get("/api/v1/audit" + bad, ws.token());
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.raw().headers().firstValue("Content-Type").orElse(""))
          .as(bad)
          .contains("problem+json");
    }
  }

  @Test
  void theDatabaseRefusesToRewriteTheLogOnPostgres() {
    var ws = api.newWorkspace();
    api.newUser(ws, "ana-" + ws.slug(), "AGENT");
    if (!TestDatabase.isPostgres()) {
      return;
    }
    assertThatThrownBy(
            () ->
                jdbc.sql("update audit_event set actor_name = 'nobody' where workspace_id = ?")
                    .param(ws.id())
                    .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from audit_event where workspace_id = ?").param(ws.id()).update())
        .hasMessageContaining("append-only");
    assertThat(audit(ws, "")).isNotEmpty();
  }

  private List<JsonNode> audit(Api.Workspace ws, String query) {
    var answer = api.get("/api/v1/audit" + query, ws.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    var items = new ArrayList<JsonNode>();
    answer.json().get("items").forEach(items::add);
    return items;
  }

  private static JsonNode only(List<JsonNode> events, String action) {
    var matching = events.stream().filter(e -> e.get("action").asString().equals(action)).toList();
    assertThat(matching).as(action + " in " + events).hasSize(1);
    return matching.get(0);
  }
}
