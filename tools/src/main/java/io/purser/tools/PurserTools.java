package io.purser.tools;

import io.purser.PurserApplication;
import io.purser.cli.Purser;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * The main of the tools jar: runs the operator tools ({@code bench
 * pipeline|console|reports|suggest}, {@code simulate sla}, {@code replay}) and hands every other
 * command to the product's own command line ({@link Purser}), so this jar answers every {@code
 * ./purser} command.
 */
public final class PurserTools {

  private PurserTools() {}

  public static void main(String[] args) {
    var tool = args.length == 0 ? null : tools().get(args[0]);
    if (tool == null) {
      Purser.main(args);
      return;
    }
    System.exit(tool.apply(Arrays.copyOfRange(args, 1, args.length)));
  }

  /** The tools by command; the benchmarks start the product ({@link PurserApplication}) inside. */
  private static Map<String, Function<String[], Integer>> tools() {
    return Map.of(
        "replay",
        ReplayCommand::run,
        "bench",
        args -> {
          var which = args.length > 0 ? args[0] : "";
          return switch (which) {
            case "console" -> ConsoleBenchCommand.run(PurserApplication.class, args);
            case "reports" -> ReportsBenchCommand.run(PurserApplication.class, args);
            case "suggest" -> SuggestBenchCommand.run(args);
            default -> PipelineBenchCommand.run(PurserApplication.class, args);
          };
        },
        "simulate",
        SlaSimulationCommand::run);
  }
}
