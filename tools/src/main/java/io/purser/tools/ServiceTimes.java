package io.purser.tools;

import io.purser.triage.Intent;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The simulator's service-time model: how long an agent works on a conversation from picking it up
 * to sending the first reply (reading it, looking up the booking, acting, writing). Each intent has
 * a mean in minutes; one message's time is that mean times a factor drawn uniformly from [0.5, 1.5)
 * by a generator seeded with the run's seed and the tweet id, so a message costs the same under
 * every policy and in every run with the same seed. The agent is busy for that time and takes the
 * next conversation right after; follow-up messages are not modelled.
 */
final class ServiceTimes {

  /** Minutes from pick-up to first reply, on average. */
  static final Map<Intent, Double> MEAN_MINUTES = new EnumMap<>(Intent.class);

  static {
    MEAN_MINUTES.put(Intent.CANCELLATION, 6.0); // find the booking, offer the rebooking options
    MEAN_MINUTES.put(Intent.REBOOKING, 6.0);
    MEAN_MINUTES.put(Intent.BAGGAGE_LOST, 5.0); // look up the bag tag, open a file
    MEAN_MINUTES.put(Intent.BAGGAGE_DAMAGED, 4.0);
    MEAN_MINUTES.put(Intent.REFUND, 4.0);
    MEAN_MINUTES.put(Intent.BOOKING, 4.0);
    MEAN_MINUTES.put(Intent.SPECIAL_ASSISTANCE, 4.0);
    MEAN_MINUTES.put(Intent.DELAY, 3.0); // check the flight's status, explain
    MEAN_MINUTES.put(Intent.CHECK_IN, 3.0);
    MEAN_MINUTES.put(Intent.SEAT, 3.0);
    MEAN_MINUTES.put(Intent.LOYALTY, 3.0);
    MEAN_MINUTES.put(Intent.AIRPORT, 3.0);
    MEAN_MINUTES.put(Intent.CUSTOMER_SERVICE, 3.0);
    MEAN_MINUTES.put(Intent.CREW, 2.0); // acknowledge, pass on to the crew's managers
    MEAN_MINUTES.put(Intent.INFLIGHT, 2.0);
    MEAN_MINUTES.put(Intent.OTHER, 2.0);
  }

  private final long seed;

  ServiceTimes(long seed) {
    this.seed = seed;
  }

  Duration of(String tweetId, Intent intent) {
    double factor = 0.5 + new SplittableRandom(seed * 1_000_003L + tweetId.hashCode()).nextDouble();
    return Duration.ofSeconds(Math.round(MEAN_MINUTES.get(intent) * 60 * factor));
  }
}
