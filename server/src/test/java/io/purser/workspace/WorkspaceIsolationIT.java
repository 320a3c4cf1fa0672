package io.purser.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Brand;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A token of one workspace can never read or change another workspace's data. */
class WorkspaceIsolationIT extends IntegrationTest {

  @Test
  void aWorkspaceTokenSeesNothingOfAnotherWorkspace() {
    var brandA = api.newWorkspace();
    var brandB = Brand.onX(api);
    var tweet = Ids.random();
    var conversation = brandB.tweet(tweet, "cust", "help me");

    assertThat(api.get("/api/v1/conversations/" + conversation, brandA.token()).status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/v1/conversations/" + conversation + "/messages", brandA.token()).status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/v1/messages?network=x&externalId=" + tweet, brandA.token())
                .json()
                .get("items")
                .size())
        .isZero();
    assertThat(api.get("/api/v1/conversations", brandA.token()).json().get("items").size())
        .isZero();
    assertThat(api.reply(conversation, brandA.token(), "{\"text\":\"not yours\"}").status())
        .isEqualTo(404);
    assertThat(api.setStatus(conversation, brandA.token(), "resolved").status()).isEqualTo(404);
    assertThat(api.get("/api/v1/channel-accounts", brandA.token()).body())
        .doesNotContain(brandB.account());
    assertThat(api.get("/api/v1/conversations/" + conversation, brandB.token()).status())
        .isEqualTo(200);
  }

  @Test
  void anAccountRegisteredByOneWorkspaceCannotBeTakenByAnother() {
    var brandA = api.newWorkspace();
    var brandB = api.newWorkspace();
    var account = Ids.random();
    api.registerAccount(brandA, "facebook", account);
    var again =
        api.post(
            "/api/v1/channel-accounts",
            brandB.token(),
            "{\"network\":\"facebook\",\"externalId\":\"" + account + "\",\"name\":\"Page\"}");
    assertThat(again.status())
        .as("without the page's token B proves nothing, and learns nothing of A")
        .isEqualTo(422);
    assertThat(api.get("/api/v1/channel-accounts", brandB.token()).body()).doesNotContain(account);
  }

  @Test
  void onlyTheBootstrapTokenCreatesWorkspacesAndNoTokenMeansNoAccess() {
    var brand = api.newWorkspace();
    assertThat(
            api.post("/api/v1/workspaces", brand.token(), "{\"slug\":\"x-1\",\"name\":\"X\"}")
                .status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/conversations", null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/conversations", "wrong-token").status()).isEqualTo(401);
    var agentToken =
        api.post("/api/v1/tokens", brand.token(), "{\"name\":\"agent\",\"role\":\"AGENT\"}")
            .json()
            .get("token")
            .asString();
    assertThat(
            api.post(
                    "/api/v1/channel-accounts",
                    agentToken,
                    "{\"network\":\"x\",\"externalId\":\"" + Ids.random() + "\",\"name\":\"A\"}")
                .status())
        .as("an agent cannot register accounts")
        .isEqualTo(403);
    assertThat(api.get("/api/v1/conversations", agentToken).status()).isEqualTo(200);
  }
}
