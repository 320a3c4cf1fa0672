package io.purser.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.purser.reply.OutboxFaults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, on H2 or PostgreSQL (see
 * {@link TestDatabase}), with WireMock standing in for the X and Meta APIs, GreenMail as the SMTP
 * server, and the demo airline behind the booking connector of the default workspace (a test's own
 * workspace connects to it with {@code PUT /api/v1/airline/connector}). Every test works in its own
 * workspace, so tests share one application and one database without seeing each other.
 *
 * <p>In CI (CI=true) an unreachable PostgreSQL fails the run; elsewhere the PostgreSQL suite is
 * skipped with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OutboxFaults.class)
public abstract class IntegrationTest {

  public static final String BOOTSTRAP_TOKEN = "test-bootstrap-token";
  public static final String X_SECRET = "test-x-consumer-secret";
  public static final String META_SECRET = "test-meta-app-secret";
  public static final String META_VERIFY_TOKEN = "test-verify-token";
  public static final String METRICS_TOKEN = "test-metrics-token";

  protected static final WireMockServer networks =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  /** The SMTP server booking confirmations are sent to. */
  protected static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    networks.start();
    smtp.start();
  }

  @LocalServerPort protected int port;

  protected Api api;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    // A test JVM ends with browsers' live streams still open: graceful shutdown would wait its 30 s
    // for them before the JVM may exit, in every IT run.
    registry.add("server.shutdown", () -> "immediate");
    // Each application context (Spring caches one per configuration, several live in one JVM) is
    // a node of its own with a database of its own. Sharing one let another context's pipeline or
    // outbox do a test's work: its live updates went to that context's browsers, not the test's.
    var database = TestDatabase.forContext();
    TestDatabase.register(registry, () -> database);
    registry.add("purser.api-token", () -> BOOTSTRAP_TOKEN);
    registry.add("purser.metrics.token", () -> METRICS_TOKEN);
    registry.add("purser.x.consumer-secret", () -> X_SECRET);
    registry.add("purser.meta.app-secret", () -> META_SECRET);
    registry.add("purser.meta.verify-token", () -> META_VERIFY_TOKEN);
    registry.add("purser.x.api-base-url", networks::baseUrl);
    registry.add("purser.meta.graph-base-url", networks::baseUrl);
    registry.add("purser.x.read-timeout", () -> "5s");
    registry.add("purser.meta.read-timeout", () -> "10s");
    registry.add("purser.reply.reconcile-window", () -> "8s");
    registry.add("purser.reply.reconcile-interval", () -> "1s");
    registry.add("purser.reply.send-lease", () -> "20s");
    registry.add("purser.airline.connector", () -> "demo");
    registry.add("purser.airline.mailbox-page", () -> "true");
    // A workspace's own airline may be the WireMock server on this machine.
    registry.add("purser.airline.internal-hosts", () -> "localhost,127.0.0.1");
    // A workspace's external model may be the WireMock server, by that name only (127.0.0.1 is
    // not).
    registry.add("purser.assist.model-internal-hosts", () -> "localhost");
    registry.add("purser.smtp.host", () -> "127.0.0.1");
    registry.add("purser.smtp.port", () -> smtp.getSmtp().getPort());
    registry.add("purser.media.allowed-hosts", () -> "localhost,127.0.0.1");
    // The stand-in is plain http on localhost: allowed explicitly, and only that name, so a test
    // can show that 127.0.0.1 is "another host" and gets no token.
    registry.add("purser.media.token-hosts.x", () -> "http://localhost");
    registry.add("purser.media.token-hosts.meta", () -> "http://localhost");
    registry.add("purser.media.max-bytes", () -> "1000000");
  }

  @BeforeAll
  static void requireDatabase() {
    TestDatabase.require();
  }

  @BeforeEach
  void connect() {
    api = new Api("http://localhost:" + port, networks);
  }
}
