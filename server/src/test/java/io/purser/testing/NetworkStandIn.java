package io.purser.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * How the X and Graph API stand-ins answer "whose token is this?", the question Purser asks before
 * a workspace may register an account. Each answer is keyed by the token, so tests never answer for
 * each other.
 */
public final class NetworkStandIn {

  /** The Graph API version Purser calls by default. */
  public static final String GRAPH_VERSION = "v21.0";

  private NetworkStandIn() {}

  /** The network answers that {@code token} belongs to the account {@code ownerId}. */
  public static MappingBuilder tokenOwner(String network, String ownerId, String token) {
    return switch (network) {
      case "x" ->
          ask("/2/users/me", token)
              .willReturn(
                  okJson(
                      "{\"data\":{\"id\":\"%s\",\"name\":\"Brand\",\"username\":\"brand%s\"}}"
                          .formatted(ownerId, ownerId)));
      case "facebook" ->
          ask("/" + GRAPH_VERSION + "/me", token)
              .withQueryParam("fields", equalTo("id"))
              .willReturn(okJson("{\"id\":\"%s\"}".formatted(ownerId)));
      case "instagram" ->
          ask("/" + GRAPH_VERSION + "/me", token)
              .withQueryParam("fields", equalTo("id,instagram_business_account"))
              .willReturn(
                  okJson(
                      "{\"instagram_business_account\":{\"id\":\"%s\"},\"id\":\"1%s\"}"
                          .formatted(ownerId, ownerId)));
      case "whatsapp" ->
          ask("/" + GRAPH_VERSION + "/" + ownerId, token)
              .withQueryParam("fields", equalTo("id"))
              .willReturn(okJson("{\"id\":\"%s\"}".formatted(ownerId)));
      default -> throw new IllegalArgumentException("no stand-in for " + network);
    };
  }

  /** A request for {@code path} carrying {@code token}, as Purser sends it. */
  public static MappingBuilder ask(String path, String token) {
    return get(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + token));
  }

  /** X's post endpoint, where Purser sends public replies. */
  public static MappingBuilder xPosts() {
    return post(urlEqualTo("/2/tweets"));
  }

  /** X takes the post and answers with its id, as {@code POST /2/tweets} does. */
  public static ResponseDefinitionBuilder xPostCreated(String postId) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"%s\",\"text\":\"x\"}}".formatted(postId));
  }

  /** X's endpoint for direct messages to {@code customer}, where Purser sends private replies. */
  public static String xDirectMessagesTo(String customer) {
    return "/2/dm_conversations/with/" + customer + "/messages";
  }

  /** X takes the direct message and answers with its event id, as it does for a new DM. */
  public static ResponseDefinitionBuilder xDirectMessageSent(
      String customer, String account, String eventId) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"data\":{\"dm_conversation_id\":\"%s-%s\",\"dm_event_id\":\"%s\"}}"
                .formatted(customer, account, eventId));
  }

  /** The network serves a customer's attachment: a PNG image. */
  public static ResponseDefinitionBuilder png(byte[] image) {
    return aResponse().withHeader("Content-Type", "image/png").withBody(image);
  }
}
