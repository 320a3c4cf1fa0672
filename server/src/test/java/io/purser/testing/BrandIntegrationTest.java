package io.purser.testing;

import org.junit.jupiter.api.BeforeEach;

/**
 * An integration test that works for one brand: before each test, a new workspace with an X account
 * registered ({@link Brand#onX}), which customers write to through {@link #brand}.
 */
public abstract class BrandIntegrationTest extends IntegrationTest {

  protected Brand brand;

  /** The brand's workspace. */
  protected Api.Workspace ws;

  /** The id of the brand's X account. */
  protected String account;

  @BeforeEach
  void newBrand() {
    brand = Brand.onX(api);
    ws = brand.ws();
    account = brand.account();
  }
}
