package io.purser.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.security.ApiOperations.Operation;
import io.purser.testing.IntegrationTest;
import io.purser.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated requests to every operation of the OpenAPI document, with a test
 * workspace's tokens of each role: odd path values, query parameters of the wrong type or absurd
 * size, bodies valid, broken ({@link Mutations}) or not JSON at all, odd content types and headers.
 * Each must be answered 2xx or 4xx, never 5xx. The seed is printed; {@code -Dpurser.fuzz.seed=N}
 * replays a run, and a failure names the request's number.
 */
class ApiFuzzIT extends IntegrationTest {

  static final int REQUESTS = Integer.getInteger("purser.fuzz.api-requests", 6_000);
  private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

  /** Path and query values that are not what an operation expects, or barely are. */
  static final List<String> ODD_VALUES =
      List.of(
          "0",
          "-1",
          "1",
          "7",
          "9223372036854775807",
          "9223372036854775808",
          "99999999999999999999999",
          "1.5",
          "1e3",
          "abc",
          "%00",
          "%C3%28",
          "%FF%FE",
          "%E2%80%AE%F0%9F%98%80",
          "%ED%A0%80",
          "..%2F..%2Fetc%2Fpasswd",
          "%20",
          "null",
          "true",
          "%7B%7D",
          "x".repeat(5_000),
          "2026-13-45T99:99:99Z",
          "2026-02-30",
          "PT-1S",
          "P9999999999D",
          "25:61",
          "AAAAAA",
          "K7M2QX");

  static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json",
          "application/json",
          "application/json; charset=ISO-8859-1",
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/problem+json");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** A sent request and its answer. */
  record Sent(int index, String request, int status, String answer) {}

  @Test
  void everyOperationAnswersGarbageWithA4xxNeverA5xx() throws Exception {
    long seed = FuzzSeed.choose("ApiFuzzIT");
    var operations = new ApiOperations(api.get("/api/v1/openapi.json", null).json());
    var all = operations.all();
    var samples = new SampleRequests(operations);
    var ws = api.newWorkspace();
    var tokens =
        List.of(
            ws.token(),
            api.newUser(ws, "sup-" + ws.slug(), "SUPERVISOR").token(),
            api.newUser(ws, "agent-" + ws.slug(), "AGENT").token());

    var sent = Collections.synchronizedList(new ArrayList<Sent>());
    var pool = Executors.newFixedThreadPool(4);
    var next = new AtomicInteger();
    for (int t = 0; t < 4; t++) {
      pool.submit(
          () -> {
            for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
              sent.add(send(seed, i, all, samples, tokens));
            }
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(15, TimeUnit.MINUTES)).isTrue();

    var errors = sent.stream().filter(s -> s.status() >= 500).toList();
    report(seed, all, sent, errors);
    assertThat(sent).hasSize(REQUESTS);
    assertThat(errors).as("requests answered with a server error (seed %d)", seed).isEmpty();
  }

  /** Request number {@code index}: an operation of the document, called wrongly in some way. */
  private Sent send(
      long seed, int index, List<Operation> all, SampleRequests samples, List<String> tokens) {
    var random = FuzzSeed.of(seed, index);
    var operation = all.get(random.nextInt(all.size()));
    var target = path(operation, random) + query(operation, random);
    var builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + tokens.get(random.nextInt(tokens.size())));
    if (random.nextInt(10) == 0) {
      builder.header(
          "Idempotency-Key", random.nextBoolean() ? "" : "k".repeat(random.nextInt(1, 400)));
    } else {
      builder.header("Idempotency-Key", "fuzz-" + index);
    }
    byte[] body = null;
    if (operation.body() != null || random.nextInt(10) == 0) {
      body = body(operation, samples, random);
      builder.header("Content-Type", CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())));
    }
    builder.method(
        operation.method(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    var described =
        "#%d %s %s%s"
            .formatted(
                index,
                operation.method(),
                abbreviate(target),
                body == null
                    ? ""
                    : " body " + abbreviate(new String(body, StandardCharsets.UTF_8)));
    try {
      var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Sent(index, described, response.statusCode(), abbreviate(response.body()));
    } catch (IOException e) {
      return new Sent(index, described, 599, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (IllegalArgumentException e) {
      // The client itself refuses some absurd URIs; the server never saw the request.
      return new Sent(index, described, 0, e.getMessage());
    }
  }

  private static String path(Operation operation, SplittableRandom random) {
    return VARIABLE
        .matcher(operation.path())
        .replaceAll(
            m -> Matcher.quoteReplacement(ODD_VALUES.get(random.nextInt(ODD_VALUES.size()))));
  }

  private static String query(Operation operation, SplittableRandom random) {
    var parts = new ArrayList<String>();
    for (var parameter : operation.in("query")) {
      if (random.nextInt(10) < 7) {
        parts.add(parameter.name() + "=" + ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
      }
    }
    if (random.nextInt(5) == 0) {
      parts.add("unexpected=" + ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
    }
    if (random.nextInt(20) == 0 && !parts.isEmpty()) {
      parts.add(parts.get(0)); // the same parameter twice
    }
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  /** A well-formed body from the document, broken or not; or something that is not one at all. */
  private static byte[] body(Operation operation, SampleRequests samples, SplittableRandom random) {
    var choice = random.nextInt(10);
    if (operation.body() != null && choice < 7) {
      var sample =
          samples
              .build(operation, (kind, where) -> ODD_VALUES.get(random.nextInt(5)), null)
              .body()
              .getBytes(StandardCharsets.UTF_8);
      return choice < 2 ? sample : Mutations.mutate(sample, random).body();
    }
    return switch (random.nextInt(6)) {
      case 0 -> new byte[0];
      case 1 -> Mutations.randomBytes(random);
      case 2 -> Mutations.nested(random);
      case 3 -> "[1,2,3]".getBytes(StandardCharsets.UTF_8);
      case 4 ->
          ("\"" + "y".repeat(random.nextInt(1, 200_000)) + "\"").getBytes(StandardCharsets.UTF_8);
      default -> "null".getBytes(StandardCharsets.UTF_8);
    };
  }

  private static void report(long seed, List<Operation> all, List<Sent> sent, List<Sent> errors) {
    var byStatus = new TreeMap<Integer, Integer>();
    sent.forEach(s -> byStatus.merge(s.status(), 1, Integer::sum));
    System.out.printf(
        "ApiFuzzIT [%s]: seed %d, %d requests over %d operations, answers %s%n",
        TestDatabase.KIND, seed, sent.size(), all.size(), byStatus);
    errors.stream()
        .sorted(java.util.Comparator.comparingInt(Sent::index))
        .forEach(
            e ->
                System.out.println("  5xx " + e.request() + " → " + e.status() + " " + e.answer()));
  }

  private static String abbreviate(String text) {
    var flat = text.replaceAll("\\s+", " ");
    return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
  }
}
