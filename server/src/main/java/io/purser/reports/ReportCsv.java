package io.purser.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reports as CSV, for the API and the console alike: the summary, a breakdown's table, and the
 * per-conversation export written row by row. Times in ISO 8601, durations in seconds, shares from
 * 0 to 1; a figure nothing measured is an empty cell.
 */
public final class ReportCsv {

  private static final String FIGURES =
      "conversations,first_response_p50_s,first_response_p90_s,within_sla,"
          + "first_response_business_p50_s,first_response_business_p90_s,unanswered,"
          + "resolution_p50_s,next_response_p50_s,reopen_rate,moved_to_private,"
          + "csat_responses,csat_average";

  private static final String CONVERSATION =
      "conversation_id,started_at,channel,visibility,moved_to_private,team,agent_id,intent,"
          + "language,priority_band,needs_response,first_response_at,first_response_wall_s,"
          + "first_response_business_s,first_response_met,next_responses,next_response_avg_s,"
          + "resolved_at,resolution_wall_s,reopened_count,csat_score";

  private ReportCsv() {}

  /** The summary: a header and one line of figures. */
  public static String summary(ReportFigures figures) {
    return table(List.of(new ReportBreakdown.Item(null, figures)), false);
  }

  /** A breakdown: a header and one line per item, its key first. */
  public static String breakdown(List<ReportBreakdown.Item> items) {
    return table(items, true);
  }

  /** A header and one line per row; {@code keyed} puts each row's key first. */
  private static String table(List<ReportBreakdown.Item> rows, boolean keyed) {
    var out = new StringBuilder(keyed ? "key," + FIGURES : FIGURES).append('\n');
    for (var row : rows) {
      var cells = new ArrayList<Object>();
      if (keyed) {
        cells.add(row.key());
      }
      cells.addAll(cells(row.figures()));
      out.append(line(cells.stream())).append('\n');
    }
    return out.toString();
  }

  private static List<Object> cells(ReportFigures f) {
    var first = f.firstResponse();
    return java.util.Arrays.asList(
        f.conversations(),
        first.p50Seconds(),
        first.p90Seconds(),
        first.withinSla(),
        first.businessP50Seconds(),
        first.businessP90Seconds(),
        f.unanswered(),
        f.resolution().p50Seconds(),
        f.nextResponse().p50Seconds(),
        f.reopenRate(),
        f.movedToPrivate(),
        f.csat().responses(),
        f.csat().average());
  }

  private static String line(Stream<Object> cells) {
    return cells.map(ReportCsv::cell).collect(Collectors.joining(","));
  }

  /** Null is an empty cell; text with a comma, quote or line break is quoted (RFC 4180). */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    var text = value.toString();
    if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** The export: the header at once, then each conversation as it comes. */
  public static final class Export implements AutoCloseable {

    private final BufferedWriter out;

    public Export(OutputStream stream) throws IOException {
      out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
      out.write(CONVERSATION);
      out.write('\n');
    }

    public void write(ReportedConversation c) {
      try {
        out.write(
            line(
                Stream.of(
                    c.conversationId(),
                    c.startedAt(),
                    c.channel(),
                    c.isPublic() == null ? null : c.isPublic() ? "public" : "private",
                    c.movedToPrivate(),
                    c.team(),
                    c.agentId(),
                    c.intent(),
                    c.language(),
                    c.priorityBand(),
                    c.needsResponse(),
                    c.firstResponseAt(),
                    c.firstResponseWallSeconds(),
                    c.firstResponseBusinessSeconds(),
                    c.firstResponseMet(),
                    c.nextResponses(),
                    c.nextResponseAverageSeconds(),
                    c.resolvedAt(),
                    c.resolutionWallSeconds(),
                    c.reopenedCount(),
                    c.csatScore())));
        out.write('\n');
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
