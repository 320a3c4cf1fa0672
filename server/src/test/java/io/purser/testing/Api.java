package io.purser.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.purser.channels.meta.MetaSignatures;
import io.purser.channels.x.XSignatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: the REST API with a token, and signed webhook deliveries. */
public final class Api {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  /** The password {@link #newUser} gives its users: 15 characters, as the password policy asks. */
  public static final String PASSWORD = "secret-password";

  private final String base;
  private final WireMockServer networks;
  private final HttpClient http = HttpClient.newHttpClient();

  /** A client of a server whose accounts are registered by the operator, not by proof. */
  public Api(String base) {
    this(base, null);
  }

  /** A client of a server that asks {@code networks} who an account's token belongs to. */
  public Api(String base, WireMockServer networks) {
    this.base = base;
    this.networks = networks;
  }

  /** An answer: status and body, parsed when it is JSON. */
  public record Response(int status, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      return JSON.readTree(body);
    }
  }

  /** A workspace of its own for one test, with its admin token. */
  public record Workspace(long id, String slug, String token) {}

  public Workspace newWorkspace() {
    var slug = "t-" + UUID.randomUUID().toString().substring(0, 12);
    var created =
        post(
            "/api/v1/workspaces",
            IntegrationTest.BOOTSTRAP_TOKEN,
            "{\"slug\":\"" + slug + "\",\"name\":\"Test " + slug + "\"}");
    if (created.status() != 201) {
      throw new IllegalStateException("could not create a workspace: " + created.body());
    }
    var json = created.json();
    return new Workspace(json.get("id").asLong(), slug, json.get("adminToken").asString());
  }

  /**
   * Registers an account as the workspace's admin does, proving ownership: the network stand-in is
   * told, for this account's token only, that the token is the account's, so tests running at once
   * never answer for each other.
   */
  public long registerAccount(Workspace ws, String network, String externalId) {
    if (networks == null) {
      throw new IllegalStateException("registering with proof needs the networks stand-in");
    }
    var token = "tok-" + externalId;
    var stub = networks.stubFor(NetworkStandIn.tokenOwner(network, externalId, token));
    try {
      var response =
          post(
              "/api/v1/channel-accounts",
              ws.token(),
              "{\"network\":\"%s\",\"externalId\":\"%s\",\"name\":\"%s %s\",\"accessToken\":\"%s\"}"
                  .formatted(network, externalId, network, externalId, token));
      if (response.status() != 201) {
        throw new IllegalStateException(
            "could not register " + externalId + ": " + response.body());
      }
      return response.json().get("id").asLong();
    } finally {
      networks.removeStub(stub);
    }
  }

  public Response get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  public Response post(String path, String token, String json) {
    return send(withJson(request(path, token), "POST", json).build());
  }

  public Response postWithHeader(
      String path, String token, String json, String header, String value) {
    return send(withJson(request(path, token).header(header, value), "POST", json).build());
  }

  public Response put(String path, String token, String json) {
    return send(withJson(request(path, token), "PUT", json).build());
  }

  public Response delete(String path, String token) {
    return send(request(path, token).DELETE().build());
  }

  /** Posts a reply to a conversation, as the holder of {@code token}. */
  public Response reply(long conversation, String token, String json) {
    return post("/api/v1/conversations/" + conversation + "/replies", token, json);
  }

  /** Posts a reply to a conversation under an idempotency key, as a console click sends it. */
  public Response reply(long conversation, String token, String json, String idempotencyKey) {
    return postWithHeader(
        "/api/v1/conversations/" + conversation + "/replies",
        token,
        json,
        "Idempotency-Key",
        idempotencyKey);
  }

  /**
   * Sets a conversation's status (open, pending, resolved, closed), as the holder of {@code token}.
   */
  public Response setStatus(long conversation, String token, String status) {
    return post(
        "/api/v1/conversations/" + conversation + "/status",
        token,
        "{\"status\":\"" + status + "\"}");
  }

  /** A console user of the workspace with a token that acts for them. */
  public record User(long id, String token) {}

  public User newUser(Workspace ws, String username, String role) {
    var created =
        post(
            "/api/v1/users",
            ws.token(),
            "{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"%s\",\"displayName\":\"%s\"}"
                .formatted(username, PASSWORD, role, username));
    if (created.status() != 201) {
      throw new IllegalStateException("could not create user " + username + ": " + created.body());
    }
    long id = created.json().get("id").asLong();
    var token =
        post(
            "/api/v1/tokens",
            ws.token(),
            "{\"name\":\"%s\",\"userId\":%d}".formatted(username, id));
    if (token.status() != 201) {
      throw new IllegalStateException("could not create a token: " + token.body());
    }
    return new User(id, token.json().get("token").asString());
  }

  public int deleteStatus(String path, String token) {
    return send(request(path, token).DELETE().build()).status();
  }

  /** Posts raw bytes to a webhook with the given signature header (null for none). */
  public Response deliver(String path, byte[] body, String header, String signature) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      builder.header(header, signature);
    }
    return send(builder.build());
  }

  public Response deliverX(byte[] body) {
    return deliver(
        "/webhooks/x", body, XSignatures.HEADER, XSignatures.sign(IntegrationTest.X_SECRET, body));
  }

  public Response deliverMeta(byte[] body) {
    return deliver(
        "/webhooks/meta",
        body,
        MetaSignatures.HEADER,
        MetaSignatures.sign(IntegrationTest.META_SECRET, body));
  }

  private HttpRequest.Builder request(String path, String token) {
    var builder = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpRequest.Builder withJson(
      HttpRequest.Builder request, String method, String json) {
    return request
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  private Response send(HttpRequest request) {
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
