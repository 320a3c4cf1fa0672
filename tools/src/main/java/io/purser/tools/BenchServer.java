package io.purser.tools;

import io.purser.replay.XWebhookReplayer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Purser application ({@code io.purser.PurserApplication}, passed in by the launcher)
 * started in this JVM for a benchmark, on a random port, with a generated bootstrap token and X
 * consumer secret, and the listener that times commits.
 */
final class BenchServer implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ConfigurableApplicationContext context;
  private final String apiToken;
  private final String xSecret;
  private final CommitTimes commits = new CommitTimes();
  private final HttpClient http = XWebhookReplayer.httpClient();

  BenchServer(Class<?> application, BenchDatabase database) {
    this(application, database, Map.of());
  }

  /** With {@code more} application properties (Kafka's brokers, for one). */
  BenchServer(Class<?> application, BenchDatabase database, Map<String, String> more) {
    this.apiToken = randomSecret();
    this.xSecret = randomSecret();
    var properties = new LinkedHashMap<String, String>(database.properties());
    properties.put("server.port", "0");
    properties.put("purser.api-token", apiToken);
    properties.put("purser.x.consumer-secret", xSecret);
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "warn");
    properties.put("logging.level.io.purser", "warn");
    properties.putAll(more);
    var app = new SpringApplication(application);
    app.addListeners(commits);
    // Command-line arguments outrank the environment: --db h2 stays H2 even with
    // PURSER_DATABASE_URL.
    this.context = app.run(asArguments(properties));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  String xSecret() {
    return xSecret;
  }

  CommitTimes commits() {
    return commits;
  }

  DataSource dataSource() {
    return context.getBean(DataSource.class);
  }

  /** Creates a console user (an agent) in the workspace of the admin token; returns their id. */
  long createAgent(String adminToken, String username, String password) {
    return post(
            "/api/v1/users",
            adminToken,
            "{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"AGENT\",\"displayName\":\"Bench Agent\"}"
                .formatted(username, password))
        .get("id")
        .asLong();
  }

  /**
   * A workspace made for the benchmark.
   *
   * @param adminToken the API token of its administrator
   * @param xAccountId the id Purser gave its X account (not X's own id)
   */
  record Workspace(long id, String adminToken, long xAccountId) {}

  /** Creates a workspace and has the operator register its X account. */
  Workspace createWorkspaceWithXAccount(String slug, String accountId) {
    var workspace =
        post(
            "/api/v1/workspaces",
            apiToken,
            "{\"slug\":\"" + slug + "\",\"name\":\"Benchmark " + slug + "\"}");
    long id = workspace.get("id").asLong();
    // The operator registers it: the benchmark has no X account to prove ownership of.
    var account =
        post(
            "/api/v1/channel-accounts",
            apiToken,
            "{\"network\":\"x\",\"externalId\":\"%s\",\"name\":\"Benchmark\",\"workspaceId\":%d}"
                .formatted(accountId, id));
    return new Workspace(id, workspace.get("adminToken").asString(), account.get("id").asLong());
  }

  private JsonNode post(String path, String token, String json) {
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException(
            path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public void close() {
    context.close();
  }

  private static String[] asArguments(Map<String, String> properties) {
    var args = new ArrayList<String>();
    properties.forEach((name, value) -> args.add("--" + name + "=" + value));
    return args.toArray(String[]::new);
  }

  private static String randomSecret() {
    var bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
