package io.purser.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.purser.BoundSettings;
import io.purser.workspace.Network;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A network's token goes with an attachment download only over https to that network's own hosts,
 * and never follows a redirect to another host. The stand-in server is plain http on localhost, so
 * each test says which hosts it lets receive a token.
 */
class MediaFetcherTokenTest {

  private static final String TOKEN = "x-user-token";
  private final WireMockServer network =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @BeforeEach
  void start() {
    network.start();
    network.stubFor(get(urlEqualTo("/image.png")).willReturn(aResponse().withBody("png")));
  }

  @AfterEach
  void stop() {
    network.stop();
  }

  @Test
  void sendsTheXTokenToAHostItIsAllowedFor() {
    var fetched =
        fetcher(new MediaTokenHosts(List.of("http://localhost"), List.of()))
            .fetch(Network.X, "http://localhost:" + network.port() + "/image.png", TOKEN);

    assertThat(fetched).isInstanceOf(MediaFetcher.Fetched.Bytes.class);
    network.verify(
        getRequestedFor(urlEqualTo("/image.png"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void neverSendsATokenOverPlainHttpUnlessTheHostIsListedWithHttp() {
    fetcher(new MediaTokenHosts(List.of("localhost"), List.of()))
        .fetch(Network.X, "http://localhost:" + network.port() + "/image.png", TOKEN);

    network.verify(getRequestedFor(urlEqualTo("/image.png")).withHeader("Authorization", absent()));
  }

  @Test
  void neverSendsTheXTokenToAnotherHost() {
    var fetched =
        fetcher(new MediaTokenHosts(List.of("http://localhost"), List.of()))
            .fetch(Network.X, "http://127.0.0.1:" + network.port() + "/image.png", TOKEN);

    assertThat(fetched).isInstanceOf(MediaFetcher.Fetched.Bytes.class);
    network.verify(getRequestedFor(urlEqualTo("/image.png")).withHeader("Authorization", absent()));
  }

  @Test
  void neverSendsAnXTokenToMetasHostsNorAMetaTokenToXs() {
    var onlyMeta = new MediaTokenHosts(List.of(), List.of("http://localhost"));
    var url = "http://localhost:" + network.port() + "/image.png";

    fetcher(onlyMeta).fetch(Network.X, url, TOKEN);

    network.verify(getRequestedFor(urlEqualTo("/image.png")).withHeader("Authorization", absent()));
  }

  @Test
  void dropsTheTokenWhenARedirectLeadsToAnotherHost() {
    network.stubFor(
        get(urlEqualTo("/moved"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "http://127.0.0.1:" + network.port() + "/image.png")));
    var bothHosts = new MediaTokenHosts(List.of("http://localhost", "http://127.0.0.1"), List.of());

    var fetched =
        fetcher(bothHosts).fetch(Network.X, "http://localhost:" + network.port() + "/moved", TOKEN);

    assertThat(fetched).isInstanceOf(MediaFetcher.Fetched.Bytes.class);
    network.verify(
        getRequestedFor(urlEqualTo("/moved"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    network.verify(getRequestedFor(urlEqualTo("/image.png")).withHeader("Authorization", absent()));
  }

  @Test
  void theDefaultsAreTheNetworksOwnHttpsHosts() {
    var defaults = BoundSettings.of(MediaTokenHosts.class);

    assertThat(defaults.mayReceive(Network.X, URI.create("https://ton.twitter.com/1.1/ton/a")))
        .isTrue();
    assertThat(defaults.mayReceive(Network.X, URI.create("https://pbs.twimg.com/media/a.jpg")))
        .isTrue();
    assertThat(defaults.mayReceive(Network.X, URI.create("http://ton.twitter.com/1.1/ton/a")))
        .as("plain http")
        .isFalse();
    assertThat(defaults.mayReceive(Network.X, URI.create("https://scontent.xx.fbcdn.net/a.jpg")))
        .as("Meta's host")
        .isFalse();
    assertThat(defaults.mayReceive(Network.X, URI.create("https://ton.twitter.com.evil.test/a")))
        .isFalse();
    assertThat(defaults.mayReceive(Network.X, URI.create("https://eviltwimg.com/a"))).isFalse();
    assertThat(
            defaults.mayReceive(
                Network.WHATSAPP, URI.create("https://lookaside.fbsbx.com/whatsapp_business/a")))
        .isTrue();
    assertThat(defaults.mayReceive(Network.WHATSAPP, URI.create("https://ton.twitter.com/a")))
        .isFalse();
  }

  private MediaFetcher fetcher(MediaTokenHosts tokenHosts) {
    var settings = BoundSettings.of(MediaSettings.class, "allowed-hosts=localhost,127.0.0.1");
    return new MediaFetcher(
        settings,
        tokenHosts,
        JsonMapper.builder().build(),
        mediaId -> network.baseUrl() + "/v21.0/" + mediaId);
  }
}
