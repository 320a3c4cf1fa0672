package io.purser.testing;

import java.nio.file.Path;

/**
 * The shared data sets, {@code ../shared} beside the checkout. Tests run in their module's folder
 * (server/), one level below the project root the product's {@code ../shared} defaults are meant
 * for, so Maven tells them where it is ({@code purser.shared}, see the root pom).
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder; {@code ../shared} of the working directory when Maven did not say. */
  public static Path folder() {
    return Path.of(System.getProperty("purser.shared", "../shared"));
  }
}
