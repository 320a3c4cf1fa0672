package io.purser.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.channels.meta.MetaPayloadParser;
import io.purser.channels.meta.MetaSignatures;
import io.purser.channels.x.XPayloadParser;
import io.purser.channels.x.XSignatures;
import io.purser.ingest.StorableBodies;
import io.purser.testing.Brand;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Thousands of generated webhook deliveries, built from the real X and Meta payloads of the wire
 * fixtures and broken in every way {@link Mutations} knows, sent concurrently over kept-alive
 * connections. Unsigned or wrongly signed ones must get 401 and store nothing; correctly signed
 * ones may be refused (4xx) or taken (200) but never answer 5xx; and no message is stored that did
 * not come in a delivery taken with a good signature. The seed is printed; {@code
 * -Dpurser.fuzz.seed=N} replays a run.
 */
class WebhookFuzzIT extends IntegrationTest {

  static final int SIGNED = Integer.getInteger("purser.fuzz.webhooks", 4_000);
  static final int FORGED = SIGNED / 4;
  static final Path WIRE = Path.of("src/test/resources/fixtures/wire");
  static final Pattern TOKENS = Pattern.compile("[A-Za-z0-9_.:=+/-]+");

  @Autowired XPayloadParser xParser;
  @Autowired MetaPayloadParser metaParser;
  @Autowired JdbcClient jdbc;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A real delivery of one network, its accounts moved to ids registered by this test. */
  record Delivery(String network, byte[] body) {}

  /** What a sent delivery got back. */
  record Sent(int index, String kind, boolean signed, int status, byte[] body) {}

  @Test
  void brokenDeliveriesAreRefusedOrTakenButNeverFailAndForgedOnesStoreNothing() throws Exception {
    long seed = FuzzSeed.choose("WebhookFuzzIT");
    var ws = api.newWorkspace();
    var deliveries = deliveries(ws);
    long inboxBefore = count("select count(*) from inbox_event");
    long messagesBefore = count("select count(*) from message");

    var forged = send(seed, 0, FORGED, deliveries, false);
    assertThat(forged).allSatisfy(s -> assertThat(s.status()).as(s.kind()).isIn(401, 413));
    assertThat(count("select count(*) from inbox_event")).isEqualTo(inboxBefore);
    assertThat(count("select count(*) from message")).isEqualTo(messagesBefore);

    var signed = send(seed, FORGED, SIGNED, deliveries, true);
    var errors = signed.stream().filter(s -> s.status() >= 500).toList();
    errors.forEach(e -> System.out.println("  5xx " + describe(seed, e)));
    summarise(seed, forged, signed);
    assertThat(errors).as("signed deliveries answered with a server error").isEmpty();
    assertThat(signed).allSatisfy(s -> assertThat(s.status()).isIn(200, 400, 413));

    awaitInboxDone();
    assertOnlyTakenDeliveriesStoredMessages(ws.id(), signed);
    pipelineStillWorks(ws);
  }

  private List<Sent> send(
      long seed, int first, int count, List<Delivery> deliveries, boolean signed)
      throws InterruptedException {
    var sent = Collections.synchronizedList(new ArrayList<Sent>());
    var pool = Executors.newFixedThreadPool(4);
    var next = new AtomicInteger(first);
    for (int t = 0; t < 4; t++) {
      pool.submit(
          () -> {
            for (int i = next.getAndIncrement(); i < first + count; i = next.getAndIncrement()) {
              sent.add(deliver(seed, i, deliveries, signed));
            }
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    assertThat(sent).hasSize(count);
    return sent;
  }

  /** Delivery number {@code index}: a fixture, broken one way, signed or forged. */
  private Sent deliver(long seed, int index, List<Delivery> deliveries, boolean signed) {
    var random = FuzzSeed.of(seed, index);
    var delivery = deliveries.get(random.nextInt(deliveries.size()));
    Mutations.Mutated body;
    int choice = random.nextInt(100);
    if (choice < 2) {
      body = new Mutations.Mutated("huge", Mutations.grown(delivery.body(), Mutations.MIB - 64));
    } else if (choice < 4) {
      body = new Mutations.Mutated("too big", Mutations.grown(delivery.body(), Mutations.MIB + 64));
    } else if (choice < 10 || !signed && choice < 30) {
      body = new Mutations.Mutated("intact", delivery.body());
    } else {
      body = Mutations.mutate(delivery.body(), random);
    }
    var x = delivery.network().equals("x");
    var header = x ? XSignatures.HEADER : MetaSignatures.HEADER;
    var signature = signed ? sign(x, body.body()) : forge(x, body.body(), random);
    var kind = delivery.network() + " " + body.kind() + (signed ? "" : " forged");
    var builder =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/webhooks/" + (x ? "x" : "meta")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
    if (signature != null) {
      builder.header(header, signature);
    }
    try {
      var response = http.send(builder.build(), HttpResponse.BodyHandlers.discarding());
      return new Sent(index, kind, signed, response.statusCode(), body.body());
    } catch (IOException e) {
      return new Sent(index, kind + " (" + e + ")", signed, 599, body.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String sign(boolean x, byte[] body) {
    return x ? XSignatures.sign(X_SECRET, body) : MetaSignatures.sign(META_SECRET, body);
  }

  /** No signature, another secret's, another body's, or a good one spoilt. */
  private static String forge(boolean x, byte[] body, SplittableRandom random) {
    var good = sign(x, body);
    return switch (random.nextInt(7)) {
      case 0 -> null;
      case 1 -> "";
      case 2 -> x ? XSignatures.sign("guess", body) : MetaSignatures.sign("guess", body);
      case 3 ->
          sign(
              x,
              (new String(body, StandardCharsets.ISO_8859_1) + " ")
                  .getBytes(StandardCharsets.ISO_8859_1));
      case 4 -> good.substring(0, good.length() - 2);
      case 5 -> good.replace("sha256=", "sha1=");
      default -> good.substring(0, 7) + "A".repeat(good.length() - 7);
    };
  }

  /** The fixtures of both networks, their accounts replaced by fresh ids of this workspace. */
  private List<Delivery> deliveries(io.purser.testing.Api.Workspace ws) throws IOException {
    var deliveries = new ArrayList<Delivery>();
    try (Stream<Path> files = Files.list(WIRE)) {
      for (var file : files.sorted().toList()) {
        var name = file.getFileName().toString();
        if (!name.endsWith(".json")
            || !name.matches("(x_aaa|x_xaa|messenger|page|instagram|whatsapp)_.*")
            || name.matches(".*(send|subscription|template|response).*")) {
          continue;
        }
        var network = name.startsWith("x_") ? "x" : "meta";
        deliveries.add(new Delivery(network, moveAccounts(ws, network, Files.readAllBytes(file))));
      }
    }
    assertThat(deliveries).hasSizeGreaterThan(30);
    return deliveries;
  }

  private byte[] moveAccounts(io.purser.testing.Api.Workspace ws, String source, byte[] body) {
    var events = source.equals("x") ? xParser.parse(body) : metaParser.parse(body);
    var text = new String(body, StandardCharsets.UTF_8);
    var moved = new HashSet<String>();
    for (var event : events) {
      var account = event.accountExternalId();
      if (account == null || account.isBlank() || !moved.add(account)) {
        continue;
      }
      var fresh = Ids.random();
      text = text.replace("\"" + account + "\"", "\"" + fresh + "\"");
      api.registerAccount(ws, event.network().wireName(), fresh);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private void awaitInboxDone() {
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> count("select count(*) from inbox_event where status = 'pending'") == 0);
  }

  /** Every message of the workspace names an id found in a delivery the endpoint took. */
  private void assertOnlyTakenDeliveriesStoredMessages(long workspace, List<Sent> signed) {
    var taken = new HashSet<String>();
    for (var sent : signed) {
      if (sent.status() == 200 && sent.body().length < 100_000) {
        valuesOf(sent.body(), taken);
        // The pipeline parses the body with NUL and lone surrogates replaced (U+FFFD).
        valuesOf(StorableBodies.asParsed(sent.body()), taken);
      }
    }
    var stored =
        jdbc.sql("select external_id from message where workspace_id = ? and direction = 'inbound'")
            .param(workspace)
            .query(String.class)
            .list();
    // A message whose id the delivery left out is stored without one (reported to the lead: a
    // redelivery of it cannot be recognised); it still came from a taken delivery.
    var unexplained =
        stored.stream().filter(id -> id != null && !taken.contains(id)).limit(20).toList();
    System.out.printf(
        "WebhookFuzzIT: %d inbound messages stored (%d without an id), all from deliveries taken"
            + " with a good signature%n",
        stored.size(), stored.stream().filter(java.util.Objects::isNull).count());
    assertThat(unexplained).as("messages stored from no delivery that was taken").isEmpty();
  }

  /** The values of a body as the application's parser reads them, and its raw tokens. */
  private static void valuesOf(byte[] body, Set<String> into) {
    var matcher = TOKENS.matcher(new String(body, StandardCharsets.UTF_8));
    while (matcher.find()) {
      into.add(matcher.group());
    }
    var tree = Mutations.tree(body);
    var pending = new java.util.ArrayDeque<tools.jackson.databind.JsonNode>();
    if (tree != null) {
      pending.add(tree);
    }
    while (!pending.isEmpty()) {
      var node = pending.poll();
      if (node.isContainer()) {
        node.values().forEach(pending::add);
      } else {
        var value = node.asString(node.toString());
        into.add(value);
        // PostgreSQL stores a lone surrogate as '?': the same value as the database keeps it.
        into.add(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
      }
    }
  }

  /** After all of it, a plain tweet still becomes a message. */
  private void pipelineStillWorks(io.purser.testing.Api.Workspace ws) {
    Brand.onX(api, ws).tweet(Ids.random(), "after", "still here?");
  }

  private void summarise(long seed, List<Sent> forged, List<Sent> signed) {
    var byStatus = new java.util.TreeMap<String, Integer>();
    for (var sent : signed) {
      byStatus.merge(sent.status() + " " + sent.kind().replaceFirst("^\\S+ ", ""), 1, Integer::sum);
    }
    var inbox = new java.util.TreeMap<String, Long>();
    jdbc.sql("select status, count(*) from inbox_event group by status")
        .query(
            rs -> {
              inbox.put(rs.getString(1), rs.getLong(2));
            });
    System.out.printf(
        "WebhookFuzzIT [%s]: seed %d, %d forged (all 401/413), %d signed: %s%n",
        TestDatabase.KIND, seed, forged.size(), signed.size(), byStatus);
  }

  private static String describe(long seed, Sent sent) {
    var text = new String(sent.body(), StandardCharsets.UTF_8);
    return "#%d (seed %d) %s → %d: %s"
        .formatted(
            sent.index(),
            seed,
            sent.kind(),
            sent.status(),
            text.length() > 300 ? text.substring(0, 300) + "…" : text);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
