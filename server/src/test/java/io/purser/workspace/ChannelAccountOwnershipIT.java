package io.purser.workspace;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.purser.testing.Api;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.testing.NetworkStandIn;
import org.junit.jupiter.api.Test;

/**
 * A workspace registers a channel account only by showing the network's own word that it holds the
 * account's token; without it nothing is stored and nothing is learnt about other workspaces'
 * accounts. The installation's operator registers without proof.
 */
class ChannelAccountOwnershipIT extends IntegrationTest {

  @Test
  void aTokenOfAnotherAccountCannotClaimAnAccountHeldByAnotherWorkspace() {
    var brandA = api.newWorkspace();
    var brandB = api.newWorkspace();
    var account = Ids.random();
    api.registerAccount(brandA, "x", account);
    var token = "tok-other-" + Ids.random();
    networks.stubFor(NetworkStandIn.tokenOwner("x", Ids.random(), token));

    var claim = claim(brandB, "x", account, token);

    assertThat(claim.status()).isEqualTo(422);
    assertThat(claim.json().get("detail").asString())
        .startsWith("could not verify ownership: the access token belongs to another X account")
        .doesNotContain("workspace");
    assertThat(accounts(brandB)).doesNotContain(account);
    assertThat(accounts(brandA)).contains(account);
  }

  @Test
  void withoutATokenAWorkspaceRegistersNothing() {
    var brand = api.newWorkspace();
    var account = Ids.random();

    var claim =
        api.post(
            "/api/v1/channel-accounts",
            brand.token(),
            "{\"network\":\"x\",\"externalId\":\"" + account + "\",\"name\":\"Mine\"}");

    assertThat(claim.status()).isEqualTo(422);
    assertThat(claim.json().get("detail").asString())
        .isEqualTo("could not verify ownership: an access token of the x account is required");
    assertThat(accounts(brand)).doesNotContain(account);
  }

  @Test
  void aWorkspaceWithoutProofCannotTellATakenIdFromAFreeOne() {
    var brandA = api.newWorkspace();
    var brandB = api.newWorkspace();
    var taken = Ids.random();
    var free = Ids.random();
    api.registerAccount(brandA, "facebook", taken);

    var onTaken = claim(brandB, "facebook", taken, "tok-refused-" + Ids.random());
    var onFree = claim(brandB, "facebook", free, "tok-refused-" + Ids.random());

    // The stand-in knows neither token: like Graph, it refuses them.
    assertThat(onTaken.status()).isEqualTo(422).isEqualTo(onFree.status());
    assertThat(onTaken.json().get("detail").asString())
        .isEqualTo(onFree.json().get("detail").asString())
        .startsWith("could not verify ownership: Facebook refused the access token");
  }

  @Test
  void onlyACallerWhoProvesOwnershipLearnsTheAccountIsConnectedElsewhere() {
    var brandA = api.newWorkspace();
    var brandB = api.newWorkspace();
    var account = Ids.random();
    var registered = operatorRegisters(brandA, "x", account);
    assertThat(registered.status()).isEqualTo(201);
    var token = "tok-" + account;
    networks.stubFor(NetworkStandIn.tokenOwner("x", account, token));

    var claim = claim(brandB, "x", account, token);

    assertThat(claim.status()).isEqualTo(409);
    assertThat(claim.json().get("detail").asString())
        .isEqualTo("The x account " + account + " is already connected to another workspace");
    assertThat(accounts(brandB)).doesNotContain(account);
  }

  @Test
  void theOperatorRegistersAnyAccountForAnyWorkspaceWithoutProof() {
    var brand = api.newWorkspace();
    var account = Ids.random();

    var registered = operatorRegisters(brand, "whatsapp", account);

    assertThat(registered.status()).isEqualTo(201);
    assertThat(accounts(brand)).contains(account);
    networks.verify(0, getRequestedFor(urlPathEqualTo("/v21.0/" + account)));
    assertThat(
            api.post(
                    "/api/v1/channel-accounts",
                    BOOTSTRAP_TOKEN,
                    "{\"network\":\"x\",\"externalId\":\"%s\",\"name\":\"n\",\"workspaceId\":999999999}"
                        .formatted(Ids.random()))
                .status())
        .isEqualTo(404);
  }

  @Test
  void aWorkspaceCannotRegisterForAnotherWorkspace() {
    var brandA = api.newWorkspace();
    var brandB = api.newWorkspace();
    var account = Ids.random();
    networks.stubFor(NetworkStandIn.tokenOwner("x", account, "tok-" + account));

    var claim =
        api.post(
            "/api/v1/channel-accounts",
            brandB.token(),
            "{\"network\":\"x\",\"externalId\":\"%s\",\"name\":\"n\",\"accessToken\":\"tok-%s\",\"workspaceId\":%d}"
                .formatted(account, account, brandA.id()));

    assertThat(claim.status()).isEqualTo(403);
    assertThat(accounts(brandA)).doesNotContain(account);
    assertThat(accounts(brandB)).doesNotContain(account);
  }

  @Test
  void everyNetworkAsksItsOwnApiWhoTheTokenBelongsTo() {
    var brand = api.newWorkspace();
    for (var network : new String[] {"x", "facebook", "instagram", "whatsapp"}) {
      var account = Ids.random();
      api.registerAccount(brand, network, account);
      assertThat(accounts(brand)).contains(account);
    }
  }

  @Test
  void aPageWithoutAnInstagramAccountProvesNoInstagramAccount() {
    var brand = api.newWorkspace();
    var account = Ids.random();
    var token = "tok-page-" + Ids.random();
    networks.stubFor(NetworkStandIn.ask("/v21.0/me", token).willReturn(okJson("{\"id\":\"42\"}")));

    var claim = claim(brand, "instagram", account, token);

    assertThat(claim.status()).isEqualTo(422);
    assertThat(claim.json().get("detail").asString())
        .isEqualTo("could not verify ownership: Instagram names no account for the access token");
    assertThat(accounts(brand)).doesNotContain(account);
  }

  @Test
  void aNetworkThatCannotBeReachedOrFailsStoresNothing() {
    var brand = api.newWorkspace();
    var cut = "tok-cut-" + Ids.random();
    var broken = "tok-broken-" + Ids.random();
    networks.stubFor(
        NetworkStandIn.ask("/2/users/me", cut)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    networks.stubFor(
        NetworkStandIn.ask("/2/users/me", broken).willReturn(aResponse().withStatus(503)));
    var first = Ids.random();
    var second = Ids.random();

    var unreachable = claim(brand, "x", first, cut);
    var failing = claim(brand, "x", second, broken);

    assertThat(unreachable.status()).isEqualTo(503);
    assertThat(unreachable.json().get("detail").asString())
        .startsWith("could not verify ownership: X could not be reached");
    assertThat(failing.status()).isEqualTo(502);
    assertThat(failing.json().get("detail").asString())
        .isEqualTo("could not verify ownership: X answered 503");
    assertThat(accounts(brand)).doesNotContain(first, second);
  }

  private Api.Response claim(Api.Workspace ws, String network, String account, String token) {
    return api.post(
        "/api/v1/channel-accounts",
        ws.token(),
        "{\"network\":\"%s\",\"externalId\":\"%s\",\"name\":\"Claimed\",\"accessToken\":\"%s\"}"
            .formatted(network, account, token));
  }

  private Api.Response operatorRegisters(Api.Workspace ws, String network, String account) {
    return api.post(
        "/api/v1/channel-accounts",
        BOOTSTRAP_TOKEN,
        "{\"network\":\"%s\",\"externalId\":\"%s\",\"name\":\"Operator's\",\"workspaceId\":%d}"
            .formatted(network, account, ws.id()));
  }

  private String accounts(Api.Workspace ws) {
    return api.get("/api/v1/channel-accounts", ws.token()).body();
  }
}
