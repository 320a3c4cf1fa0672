package io.purser.tools;

import io.purser.routing.domain.PriorityScorer;
import io.purser.routing.domain.RoutingPolicy;
import io.purser.routing.domain.SurgeThresholds;
import io.purser.sla.domain.AroundTheClock;
import io.purser.sla.domain.SlaPolicy;
import io.purser.sla.domain.SlaScope;
import io.purser.sla.domain.SlaTargets;
import io.purser.triage.Triage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code ./purser simulate sla [--agents N] [--data CSV] [--policy fifo|purser] [--seed S] [--chart
 * FILE.png] [--json]}: replays the real arrival times of the airline tweets through the real
 * triage, Purser's priority, assignment and surge detection on a simulated clock, and measures
 * first response against a 10-minute SLA on a 24/7 calendar for each routing policy.
 */
public final class SlaSimulationCommand {

  static final String DEFAULT_DATA = "../shared/data/airline-sentiment/Tweets.csv";
  static final int DEFAULT_AGENTS = 9;
  static final Duration FIRST_RESPONSE_TARGET = Duration.ofMinutes(10);
  static final double STAFFING_GOAL = 0.90;

  static final String USAGE =
      """
      Usage: purser simulate sla [--agents N] [--data CSV] [--policy fifo|purser] [--seed S] [--chart FILE.png] [--json]
        --agents  agents working 24/7, one conversation at a time (default %d)
        --data    Tweets.csv of the airline sentiment dataset (default %s)
        --policy  simulate only this routing policy (default: both)
        --seed    seed of the service-time model (default 42)
        --chart   write a PNG chart of the waiting queue and the share within SLA over time
      """
          .formatted(DEFAULT_AGENTS, DEFAULT_DATA);

  private SlaSimulationCommand() {}

  public static int run(String[] args) {
    return run(args, System.out);
  }

  static int run(String[] args, PrintStream out) {
    try {
      var options =
          CommandOptions.parse(
              args, Set.of("agents", "data", "policy", "seed", "chart"), Set.of("json"));
      if (options.words().size() != 1 || !options.words().get(0).equals("sla")) {
        throw new CommandOptions.UsageException("'simulate' works on: sla");
      }
      return simulate(options, out);
    } catch (CommandOptions.UsageException | IllegalArgumentException e) {
      System.err.print(e.getMessage() + "\n" + USAGE);
      return 2;
    }
  }

  private static int simulate(CommandOptions options, PrintStream out) {
    int agents = options.integer("agents", DEFAULT_AGENTS);
    if (agents < 1) {
      throw new CommandOptions.UsageException("--agents must be at least 1");
    }
    var policies = policies(options.text("policy", null));
    var data = Path.of(options.text("data", DEFAULT_DATA));
    long started = System.nanoTime();
    var serviceTimes = new ServiceTimes(options.integer("seed", 42));
    var arrivals = SimulationArrivals.read(data, Triage.loadDefault(), serviceTimes);
    var thresholds = SurgeThresholds.defaults();
    var surges = SurgeReplay.detect(arrivals, thresholds);
    var queueable = arrivals.stream().filter(SimulatedArrival::needsResponse).toList();
    var simulation =
        new SlaSimulation(queueable, firstResponseDue(), PriorityScorer.defaults(), surges);
    var outcomes = new LinkedHashMap<String, PolicyOutcome>();
    for (var policy : policies) {
      outcomes.put(policy, simulation.run(RoutingPolicy.named(policy), agents));
    }
    int needed = StaffingSearch.agentsNeeded(simulation, queueable, STAFFING_GOAL);
    var storm = StormCheck.of(arrivals, surges, thresholds);
    var report =
        new SimulationReport(agents, arrivals.size(), queueable, outcomes, needed, surges, storm);
    report.print(out, data, Duration.ofNanos(System.nanoTime() - started));
    var chart = options.text("chart", null);
    if (chart != null) {
      SlaChart.write(Path.of(chart), outcomes, surges, FIRST_RESPONSE_TARGET);
      out.println("chart written to " + chart);
    }
    if (options.flag("json")) {
      out.println(report.json());
    }
    return 0;
  }

  /** The simulated brand's SLA: first response within 10 minutes, around the clock. */
  static final SlaPolicy SLA =
      new SlaPolicy(
          "simulation",
          new AroundTheClock(),
          new SlaTargets(FIRST_RESPONSE_TARGET, null, null, null),
          List.of());

  /**
   * When the first response to a public post on X arriving at t is due, by the SLA module's own
   * arithmetic. Every simulated conversation gets the same target, so the priority band (which an
   * SLA override could read) does not change the due time here.
   */
  static UnaryOperator<Instant> firstResponseDue() {
    var scope = new SlaScope("x", true, "normal");
    return arrivedAt -> SLA.start(scope, arrivedAt).firstResponse().dueAt();
  }

  private static List<String> policies(String only) {
    if (only == null) {
      return List.of("fifo", "purser");
    }
    var name = only.toLowerCase(Locale.ROOT);
    if (!name.equals("fifo") && !name.equals("purser")) {
      throw new CommandOptions.UsageException("--policy must be fifo or purser, not " + only);
    }
    return List.of(name);
  }
}
