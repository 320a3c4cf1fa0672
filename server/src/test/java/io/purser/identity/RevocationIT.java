package io.purser.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Api;
import io.purser.testing.ConsoleSession;
import io.purser.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A stolen token or a departed employee's account stops working the moment an admin says so. */
class RevocationIT extends IntegrationTest {

  @Test
  void aRevokedTokenAnswers401AtOnce() {
    var ws = api.newWorkspace();
    var created = api.post("/api/v1/tokens", ws.token(), "{\"name\":\"ci\",\"role\":\"ADMIN\"}");
    var token = created.json().get("token").asString();
    assertThat(api.get("/api/v1/conversations", token).status()).isEqualTo(200);
    var listed = api.get("/api/v1/tokens", ws.token());
    assertThat(listed.body()).doesNotContain(token).doesNotContain("hash");
    long id = idOfToken(listed.json(), "ci");

    var revoked = api.delete("/api/v1/tokens/" + id, ws.token());
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
    assertThat(api.get("/api/v1/conversations", token).status()).isEqualTo(401);
    assertThat(api.post("/api/v1/tokens", token, "{\"name\":\"again\"}").status()).isEqualTo(401);
  }

  @Test
  void onlyTheWorkspacesAdminRevokesItsTokens() {
    var ws = api.newWorkspace();
    var other = api.newWorkspace();
    var agent = api.newUser(ws, "agent-" + ws.slug(), "AGENT");
    long id = idOfToken(api.get("/api/v1/tokens", ws.token()).json(), "admin");

    assertThat(api.delete("/api/v1/tokens/" + id, other.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/tokens", other.token()).body())
        .doesNotContain("\"id\":" + id + ",");
    assertThat(api.delete("/api/v1/tokens/" + id, agent.token()).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/tokens", agent.token()).status()).isEqualTo(403);
    assertThat(api.delete("/api/v1/tokens/" + id + "99999", ws.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/conversations", ws.token()).status())
        .as("the admin token still works")
        .isEqualTo(200);
  }

  @Test
  void aDeactivatedUserCannotSignInLosesTheirSessionAndTheirTokens() {
    var ws = api.newWorkspace();
    var name = "leaver-" + ws.slug();
    var user = api.newUser(ws, name, "AGENT");
    var session = new ConsoleSession(port);
    assertThat(session.signIn(ws.slug(), name, Api.PASSWORD)).isEqualTo("/console");
    assertThat(session.get("/console").statusCode()).isEqualTo(200);

    var deactivated = api.post("/api/v1/users/" + user.id() + "/deactivate", ws.token(), "");
    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(deactivated.json().get("active").asBoolean()).isFalse();

    var next = session.get("/console");
    assertThat(next.statusCode()).as("the live session ends").isEqualTo(302);
    assertThat(next.headers().firstValue("Location").orElse("")).contains("/login");
    assertThat(api.get("/api/v1/conversations", user.token()).status()).isEqualTo(401);
    assertThat(new ConsoleSession(port).signIn(ws.slug(), name, Api.PASSWORD))
        .startsWith("/login?error");

    assertThat(api.post("/api/v1/users/" + user.id() + "/reactivate", ws.token(), "").status())
        .isEqualTo(200);
    assertThat(new ConsoleSession(port).signIn(ws.slug(), name, Api.PASSWORD))
        .isEqualTo("/console");
    assertThat(api.get("/api/v1/conversations", user.token()).status()).isEqualTo(200);
  }

  @Test
  void onlyTheWorkspacesAdminDeactivatesItsUsers() {
    var ws = api.newWorkspace();
    var other = api.newWorkspace();
    var user = api.newUser(ws, "ana-" + ws.slug(), "AGENT");
    var supervisor = api.newUser(ws, "sue-" + ws.slug(), "SUPERVISOR");
    var path = "/api/v1/users/" + user.id() + "/deactivate";
    assertThat(api.post(path, other.token(), "").status()).isEqualTo(404);
    assertThat(api.post(path, supervisor.token(), "").status()).isEqualTo(403);
    assertThat(api.post(path, user.token(), "").status()).isEqualTo(403);
    assertThat(api.get("/api/v1/users", other.token()).body()).doesNotContain("ana-" + ws.slug());
    assertThat(api.get("/api/v1/conversations", user.token()).status()).isEqualTo(200);
  }

  private static long idOfToken(tools.jackson.databind.JsonNode list, String name) {
    for (var item : list.get("items")) {
      if (item.get("name").asString().equals(name)) {
        return item.get("id").asLong();
      }
    }
    throw new AssertionError("no token named " + name + " in " + list);
  }
}
