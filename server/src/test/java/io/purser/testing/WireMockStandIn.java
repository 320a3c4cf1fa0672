package io.purser.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A network's API stood in for by WireMock on a free port, for a unit test of the client that calls
 * it: registered with {@code @RegisterExtension}, it runs for each test and stops after it, so no
 * test sees another's stubs.
 */
public abstract class WireMockStandIn implements BeforeEachCallback, AfterEachCallback {

  public final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

  @Override
  public void beforeEach(ExtensionContext context) {
    server.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.stop();
  }
}
