package io.purser.cli;

import io.purser.PurserApplication;
import io.purser.assist.AssistCli;
import io.purser.triage.TriageCli;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;

/**
 * The {@code ./purser} command line of the product: {@code serve}, {@code demo}, and the {@code
 * eval} and {@code train} of triage and of suggested replies. The operator tools ({@code bench},
 * {@code simulate}, {@code replay}) live in the tools jar, whose main handles them and hands every
 * other command to this one; the launcher runs whichever jar a command needs. Each tool prints one
 * JSON object on its last line with {@code --json}.
 */
public final class Purser {

  private static final String USAGE =
      """
      Usage: purser <command> [options]
        serve                              run the server as configured (PURSER_* environment)
        demo                               run with the embedded database, demo users and live demo traffic
        eval triage [--split test] [--data PATH] [--json]
        train triage [--data PATH] [--out FILE] [--seed N]
        eval suggest [--data CSV] [--json]
        train suggest [--out FILE]
        bench suggest [--conversations N] [--json]
        bench pipeline [--db h2|postgres] [--messages N] [--rate R] [--json]
        bench console [--db h2|postgres] [--conversations N] [--requests R] [--json]
        simulate sla [--agents N] [--data CSV] [--policy fifo|purser] [--chart FILE.png] [--json]
        replay --file CSV --to URL [--speed X]
      """;

  /** The commands of the tools jar (tools/target/purser-tools.jar), which this jar lacks. */
  private static final Set<String> OPERATOR_TOOLS = Set.of("bench", "simulate", "replay");

  private Purser() {}

  public static void main(String[] args) {
    if (args.length == 0 || args[0].equals("serve")) {
      SpringApplication.run(PurserApplication.class, rest(args));
      return;
    }
    var tool = tools().get(args[0]);
    if (tool == null) {
      System.err.print(unknown(args[0]));
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
        "eval",
        args -> learning("eval", args),
        "train",
        args -> learning("train", args),
        "help",
        args -> {
          System.out.print(USAGE);
          return 0;
        });
  }

  /** {@code eval|train triage …} and {@code eval|train suggest …}: each module's command line. */
  private static int learning(String verb, String[] args) {
    Function<String[], Integer> module =
        args.length == 0
            ? null
            : switch (args[0]) {
              case "triage" -> TriageCli::run;
              case "suggest" -> AssistCli::run;
              default -> null;
            };
    if (module == null) {
      System.err.print("'" + verb + "' works on: triage, suggest.\n" + USAGE);
      return 2;
    }
    var forwarded = new String[args.length];
    forwarded[0] = verb;
    System.arraycopy(args, 1, forwarded, 1, args.length - 1);
    return module.apply(forwarded);
  }

  private static String unknown(String command) {
    return OPERATOR_TOOLS.contains(command)
        ? "'%s' is an operator tool, in the tools jar: run it as ./purser %s%n"
            .formatted(command, command)
        : "Unknown command '" + command + "'.\n" + USAGE;
  }

  private static String[] rest(String[] args) {
    return args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
  }
}
