package io.purser.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.airline.demo.DemoAirline;
import io.purser.conversation.ConversationManagement;
import io.purser.security.ApiOperations.Operation;
import io.purser.security.Callers.Caller;
import io.purser.testing.IntegrationTest;
import io.purser.testing.TestDatabase;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Tenant isolation, generated from the application itself: every operation of the OpenAPI document
 * and every console route Spring MVC maps is called by a second workspace (B), with each of its
 * roles, on the ids of a first workspace's (A) real resources. Each must answer 404 or 403 (400
 * where the request is refused before any look-up), show nothing of A, and leave everything A sees
 * of itself unchanged. A new endpoint is called without anyone editing this test; one that names an
 * id this suite cannot place makes it fail, naming the endpoint.
 */
class TenantIsolationIT extends IntegrationTest {

  /**
   * The installation operator's operations: a workspace's admin must be refused. ({@code GET
   * /api/v1/inbox} shows a workspace's admin the parked deliveries of its own accounts: it is
   * checked like any other read.)
   */
  static final Set<String> OPERATOR_ONLY =
      Set.of(
          "POST /api/v1/workspaces",
          "GET /api/v1/unroutable-events",
          "POST /api/v1/unroutable-events/release",
          "POST /api/v1/inbox/{id}/replay");

  @Autowired JdbcClient jdbc;
  @Autowired DemoAirline demo;
  @Autowired ConversationManagement conversations;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  private final HttpClient http = HttpClient.newHttpClient();
  private ApiOperations operations;
  private SampleRequests requests;
  private TenantFixture a;
  private TenantFixture b;

  @BeforeEach
  void twoWorkspaces() {
    operations = new ApiOperations(api.get("/api/v1/openapi.json", null).json());
    requests = new SampleRequests(operations);
    var factory = new TenantFixture.Factory(api, networks, jdbc, demo, conversations);
    a = factory.create();
    b = factory.create();
  }

  @Test
  void theApiDocumentListsEveryOperationOfTheApi() {
    var documented = new TreeSet<String>();
    operations.all().forEach(o -> documented.add(normal(o.path())));
    var served = new TreeSet<String>();
    for (var path : ConsoleRoutes.allPaths(mapping)) {
      if (path.startsWith("/api/v1/") && !path.startsWith("/api/v1/openapi.json")) {
        served.add(normal(path));
      }
    }
    assertThat(documented)
        .as("paths served under /api/v1 and listed in the document")
        .containsAll(served);
    assertThat(operations.all())
        .as("the caller is taken from the token, not a parameter clients send")
        .allSatisfy(
            o ->
                assertThat(o.parameters())
                    .noneMatch(p -> p.name().equals("principal") || p.name().equals("caller")));
  }

  @Test
  void noApiOperationReachesAnotherWorkspace() {
    var all = operations.all();
    var callersOfB = apiCallers(b);
    var callersOfA = new LinkedHashMap<String, Caller>();
    callersOfA.put("admin", Callers.api(http, base(), a.workspace.token()));
    callersOfA.put("supervisor", Callers.api(http, base(), a.supervisor.token()));
    var before = TenantSnapshot.take(all, requests, a, callersOfA);
    var moving = before.moving(TenantSnapshot.take(all, requests, a, callersOfA));

    var probe = new IsolationProbe(requests, a, b);
    ordered(all).forEach(o -> probe.attack(o, callersOfB, OPERATOR_ONLY));
    var changes = before.changes(TenantSnapshot.take(all, requests, a, callersOfA), moving);
    var weak = controls(probe, all, callersOfB);

    report("api", probe, all.size(), weak);
    assertThat(probe.unmapped).as("ids the suite cannot place: give the fixture one").isEmpty();
    assertThat(probe.failures).as("answers to B on A's ids").isEmpty();
    assertThat(changes).as("what A sees of itself changed while B called").isEmpty();
    assertThat(weak).as("requests that do not reach B's own resources either").isEmpty();
  }

  @Test
  void noConsoleRouteReachesAnotherWorkspace() {
    var routes = ConsoleRoutes.of(mapping);
    var callersOfB = new LinkedHashMap<String, Caller>();
    for (var role : List.of("admin", "supervisor", "agent")) {
      callersOfB.put(
          role,
          Callers.console(port, b.workspace.slug(), b.usernames.get(role), TenantFixture.PASSWORD));
    }
    var all = operations.all();
    var callersOfA = Map.of("admin", Callers.api(http, base(), a.workspace.token()));
    var before = TenantSnapshot.take(all, requests, a, callersOfA);
    var moving = before.moving(TenantSnapshot.take(all, requests, a, callersOfA));

    var probe = new IsolationProbe(requests, a, b);
    ordered(routes).forEach(o -> probe.attack(o, callersOfB, Set.of()));
    var changes = before.changes(TenantSnapshot.take(all, requests, a, callersOfA), moving);
    var weak = controls(probe, routes, callersOfB);

    report("console", probe, routes.size(), weak);
    assertThat(probe.unmapped).as("ids the suite cannot place: give the fixture one").isEmpty();
    assertThat(probe.failures).as("answers to B's console on A's ids").isEmpty();
    assertThat(changes).as("what A sees of itself changed while B called").isEmpty();
    assertThat(weak).as("requests that do not reach B's own resources either").isEmpty();
  }

  /**
   * Each operation that names ids, called by B on B's own: an answer of 404 there means the suite's
   * request does not reach a resource at all, so B's 404 on A's ids would prove nothing.
   */
  private List<String> controls(
      IsolationProbe probe, List<Operation> operations, Map<String, Caller> callersOfB) {
    var weak = new ArrayList<String>();
    // Deletes first here: a release needs the owner the fixture gave, which later writes change.
    var deletesFirst =
        ordered(operations).stream()
            .sorted(Comparator.comparing((Operation o) -> !o.method().equals("DELETE")))
            .toList();
    for (var operation : deletesFirst) {
      List<SampleRequests.Slot> slots;
      try {
        slots = requests.slots(operation);
      } catch (SampleRequests.UnmappedId unknown) {
        continue;
      }
      if (slots.isEmpty()) {
        continue;
      }
      var answers = new ArrayList<String>();
      boolean reached = false;
      for (var caller : callersOfB.entrySet()) {
        var answer = probe.control(operation, caller.getValue());
        answers.add(caller.getKey() + " " + answer.status());
        reached |= answer.status() != 404 && answer.status() < 500;
      }
      System.out.println("  control " + operation + ": " + answers);
      if (!reached) {
        weak.add(operation + " on B's own ids: " + answers);
      }
    }
    return weak;
  }

  private Map<String, Caller> apiCallers(TenantFixture fixture) {
    var callers = new LinkedHashMap<String, Caller>();
    fixture
        .tokensByRole()
        .forEach((role, token) -> callers.put(role, Callers.api(http, base(), token)));
    return callers;
  }

  /** Reads first, then writes, deletes last: a delete must not take away what others name. */
  private static List<Operation> ordered(List<Operation> operations) {
    var order = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    return operations.stream()
        .sorted(
            Comparator.comparingInt((Operation o) -> order.indexOf(o.method()))
                .thenComparing(Operation::path))
        .toList();
  }

  private void report(String surface, IsolationProbe probe, int total, List<String> weak) {
    System.out.printf(
        "TenantIsolationIT [%s, %s]: %d of %d operations called (%d requests as B's roles)%n",
        surface, TestDatabase.KIND, probe.called, total, probe.requestsSent);
    probe.unmapped.forEach(u -> System.out.println("  UNMAPPED " + u));
    probe.failures.forEach(f -> System.out.println("  FAIL " + f));
    weak.forEach(w -> System.out.println("  WEAK " + w));
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static String normal(String path) {
    return path.replaceAll("\\{[^}]*}", "{}");
  }
}
