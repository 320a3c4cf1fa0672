package io.purser.security;

import java.util.SplittableRandom;

/**
 * The seed of a fuzzing run: {@code -Dpurser.fuzz.seed=N} replays a run, otherwise a new one is
 * drawn. Every generated request has a random of its own derived from the seed and its number, so
 * one failing request can be rebuilt alone.
 */
final class FuzzSeed {

  private FuzzSeed() {}

  static long choose(String suite) {
    var given = System.getProperty("purser.fuzz.seed");
    long seed =
        given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
    System.out.printf("%s: seed %d (replay with -Dpurser.fuzz.seed=%d)%n", suite, seed, seed);
    return seed;
  }

  /** The random of request number {@code index} of a run. */
  static SplittableRandom of(long seed, int index) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1)));
  }
}
