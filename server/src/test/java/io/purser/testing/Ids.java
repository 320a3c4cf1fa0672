package io.purser.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Network ids for tests: random, so tests sharing one database never collide. */
public final class Ids {

  private Ids() {}

  /** A fresh numeric id as a string, like an X or Meta id. */
  public static String random() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE));
  }
}
