package io.purser.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a test needs from the machine it runs on (PostgreSQL, Chromium, an OCR engine). Where it is
 * missing, the test is skipped with the reason; in CI (CI=true) it fails instead: a test that skips
 * there hides a broken feature.
 */
public final class MachineRequirement {

  private MachineRequirement() {}

  /**
   * Skips the test when {@code reason} says why the machine lacks what it needs (null when it has
   * it), except in CI, where it fails: CI must run {@code what}.
   */
  public static void require(String what, String reason) {
    failInCi(what, reason);
    assumeTrue(reason == null, reason);
  }

  /** Fails in CI when {@code reason} is not null: CI must run {@code what}. */
  public static void failInCi(String what, String reason) {
    if (reason != null && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must run " + what + ": " + reason);
    }
  }
}
