package io.purser.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * What a benchmark prints: a summary for people and, with {@code --json}, one JSON object on the
 * last line of standard output.
 */
interface BenchReport {

  String summary();

  String json();

  /** The command's exit status: 0, or 1 when the run found something wrong. */
  default int exitCode() {
    return 0;
  }

  /** A benchmark, run from its parsed options. */
  interface Bench {
    BenchReport run(CommandOptions options) throws IOException, SQLException, InterruptedException;
  }

  /**
   * Runs {@code bench pipeline|console}: the application a benchmark starts logs to standard
   * output, so standard output is lent to standard error meanwhile and the report alone goes there
   * (--json stays last). Returns the exit status: 2 for a usage error, 1 for a failed run.
   */
  static int print(String name, String usage, Supplier<CommandOptions> options, Bench bench) {
    PrintStream stdout = System.out;
    try {
      var parsed = options.get();
      System.setOut(System.err);
      var report = bench.run(parsed);
      stdout.print(report.summary());
      if (parsed.flag("json")) {
        stdout.println(report.json());
      }
      return report.exitCode();
    } catch (CommandOptions.UsageException e) {
      System.err.print(e.getMessage() + "\n" + usage);
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    } catch (IOException | SQLException e) {
      System.err.println("bench " + name + " failed: " + e);
      return 1;
    } finally {
      System.setOut(stdout);
    }
  }
}
