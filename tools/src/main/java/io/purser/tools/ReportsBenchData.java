package io.purser.tools;

import io.purser.reports.ReportSeeding;
import io.purser.reports.ReportedConversation;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Fills the reports' model of one workspace with N conversations spread evenly over a span of days
 * ending now, through {@link ReportSeeding}: four channels, eight intents, three languages, fifty
 * agents in five teams; most need a response and get one within minutes to hours, most are
 * resolved, a few reopened or moved to private. CSAT stays empty: no survey exists yet.
 */
final class ReportsBenchData {

  static final String[] CHANNELS = {"x", "facebook", "instagram", "whatsapp"};
  static final String[] INTENTS = {
    "refund", "cancellation", "delay", "baggage", "booking_change", "check_in", "complaint", "other"
  };
  static final String[] LANGUAGES = {"en", "fr", "es"};
  static final String[] BANDS = {"urgent", "high", "normal", "low"};
  static final String[] TEAMS = {"Refunds", "Baggage", "Disruption", "Sales", "General"};
  static final int AGENTS = 50;
  private static final int BATCH = 5_000;

  private final SplittableRandom random = new SplittableRandom(14);

  void fill(DataSource dataSource, long workspaceId, int conversations, int days)
      throws SQLException {
    var end = Instant.now();
    var span = Duration.ofDays(days).toSeconds();
    try (var seeding = ReportSeeding.start(dataSource, workspaceId, ZoneOffset.UTC)) {
      var batch = new ArrayList<ReportedConversation>(BATCH);
      for (int i = 0; i < conversations; i++) {
        var started = end.minusSeconds(span - span * i / conversations);
        batch.add(conversation(1_000_000_000L + i, started));
        if (batch.size() == BATCH || i == conversations - 1) {
          seeding.add(List.copyOf(batch));
          batch.clear();
        }
        if ((i + 1) % 100_000 == 0) {
          System.err.printf("  %,d conversations%n", i + 1);
        }
      }
    }
    ConsoleBenchData.analyse(dataSource);
  }

  private ReportedConversation conversation(long id, Instant started) {
    boolean isPublic = random.nextInt(10) < 7;
    boolean needs = random.nextInt(100) < 85;
    boolean answered = needs ? random.nextInt(100) < 92 : random.nextInt(100) < 20;
    // Minutes for most, hours for some: a long tail as real queues have.
    long first = answered ? (long) Math.exp(3 + random.nextDouble() * 6.5) : -1;
    boolean resolved = random.nextInt(100) < 80;
    long resolution = resolved ? Math.max(first, 0) + random.nextLong(60, 172_800) : -1;
    int nexts = answered ? random.nextInt(4) : 0;
    return new ReportedConversation(
        id,
        started,
        CHANNELS[random.nextInt(CHANNELS.length)],
        isPublic,
        isPublic && random.nextInt(10) == 0,
        TEAMS[random.nextInt(TEAMS.length)],
        answered ? (long) (1 + random.nextInt(AGENTS)) : null,
        INTENTS[random.nextInt(INTENTS.length)],
        LANGUAGES[random.nextInt(LANGUAGES.length)],
        BANDS[random.nextInt(BANDS.length)],
        needs,
        answered ? started.plusSeconds(first) : null,
        answered ? first : null,
        answered ? first * 4 / 5 : null,
        needs && answered ? first <= 600 : null,
        nexts,
        nexts > 0 ? (Long) random.nextLong(30, 3_600) : null,
        resolved ? started.plusSeconds(resolution) : null,
        resolved ? resolution : null,
        random.nextInt(100) < 5 ? 1 : 0,
        null);
  }
}
