package io.purser.cli;

import io.purser.PurserApplication;
import io.purser.tools.ConsoleBenchCommand;
import io.purser.tools.PipelineBenchCommand;
import io.purser.tools.ReplayCommand;
import io.purser.tools.SlaSimulationCommand;
import io.purser.triage.TriageCli;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;

/**
 * The {@code ./purser} command line: {@code serve}, {@code demo}, and the tools that measure the
 * product ({@code eval}, {@code train}, {@code bench}, {@code simulate}, {@code replay}). Each tool
 * prints one JSON object on its last line with {@code --json}.
 */
public final class Purser {

  private static final String USAGE =
      """
      Usage: purser <command> [options]
        serve                              run the server as configured (PURSER_* environment)
        demo                               run with the embedded database, demo users and live demo traffic
        eval triage [--split test] [--data PATH] [--json]
        train triage [--data PATH] [--out FILE] [--seed N]
        bench pipeline [--db h2|postgres] [--messages N] [--rate R] [--json]
        bench console [--db h2|postgres] [--conversations N] [--requests R] [--json]
        simulate sla [--agents N] [--data CSV] [--policy fifo|purser] [--chart FILE.png] [--json]
        replay --file CSV --to URL [--speed X]
      """;

  private Purser() {}

  public static void main(String[] args) {
    if (args.length == 0 || args[0].equals("serve")) {
      SpringApplication.run(PurserApplication.class, rest(args));
      return;
    }
    var tools = tools();
    var tool = tools.get(args[0]);
    if (tool == null) {
      System.err.print("Unknown command '" + args[0] + "'.\n" + USAGE);
      System.exit(2);
    }
    int code = tool.apply(rest(args));
    if (code != Integer.MIN_VALUE) {
      System.exit(code);
    }
  }

  /** Commands by name; a command that starts a server returns MIN_VALUE and keeps running. */
  private static Map<String, Function<String[], Integer>> tools() {
    return Map.of(
        "demo",
        DemoLauncher::run,
        "replay",
        ReplayCommand::run,
        "bench",
        args ->
            args.length > 0 && args[0].equals("console")
                ? ConsoleBenchCommand.run(PurserApplication.class, args)
                : PipelineBenchCommand.run(PurserApplication.class, args),
        "simulate",
        SlaSimulationCommand::run,
        "eval",
        args -> triage("eval", args),
        "train",
        args -> triage("train", args),
        "help",
        args -> {
          System.out.print(USAGE);
          return 0;
        });
  }

  /** {@code eval triage …} and {@code train triage …}: the triage module's own command line. */
  private static int triage(String verb, String[] args) {
    if (args.length == 0 || !args[0].equals("triage")) {
      System.err.print("'" + verb + "' works on: triage.\n" + USAGE);
      return 2;
    }
    var forwarded = new String[args.length];
    forwarded[0] = verb;
    System.arraycopy(args, 1, forwarded, 1, args.length - 1);
    return TriageCli.run(forwarded);
  }

  private static String[] rest(String[] args) {
    return args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
  }
}
