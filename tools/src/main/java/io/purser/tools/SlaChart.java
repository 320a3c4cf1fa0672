package io.purser.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A PNG of a simulation run, drawn with Java's own AWT (headless, no chart library): above, the
 * conversations waiting for an agent (the most in each 10 minutes); below, the share answered
 * within the SLA per hour of arrival; one line per policy, detected surges shaded.
 */
final class SlaChart {

  private static final int WIDTH = 1400;
  private static final int PANEL = 300;
  private static final int LEFT = 70;
  private static final int TOP = 50;
  private static final int GAP = 60;
  private static final Map<String, Color> COLOURS =
      Map.of("fifo", new Color(0xD9, 0x5F, 0x02), "purser", new Color(0x1B, 0x6C, 0xA8));
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).withZone(ZoneOffset.ofHours(-8));

  private SlaChart() {}

  static void write(
      Path file, Map<String, PolicyOutcome> outcomes, SurgeReplay surges, Duration target) {
    System.setProperty("java.awt.headless", "true");
    var image = new BufferedImage(WIDTH, TOP + 2 * PANEL + GAP + 60, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    var first = outcomes.values().iterator().next();
    var origin = first.series().origin();
    int slots =
        outcomes.values().stream()
                .mapToInt(o -> lastNonZero(o.series().waitingBySlot()))
                .max()
                .orElse(1)
            + 1;
    var span = SimulationSeries.SLOT.multipliedBy(slots);
    var frame = new Frame(origin, span, WIDTH - LEFT - 30);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(
        "SLA simulation, %d agents 24/7: waiting conversations and share answered within %d min"
            .formatted(first.agents(), target.toMinutes()),
        LEFT,
        28);
    int maxWaiting = outcomes.values().stream().mapToInt(PolicyOutcome::maxWaiting).max().orElse(1);
    shadeSurges(g, surges, frame, TOP, PANEL);
    shadeSurges(g, surges, frame, TOP + PANEL + GAP, PANEL);
    axes(g, frame, TOP, "waiting (max per 10 min), 0–" + maxWaiting);
    axes(g, frame, TOP + PANEL + GAP, "answered within SLA, per hour of arrival, 0–100 %");
    outcomes.forEach(
        (name, outcome) -> {
          g.setColor(COLOURS.getOrDefault(name, Color.GRAY));
          g.setStroke(new BasicStroke(1.5f));
          waitingLine(g, frame, outcome.series().waitingBySlot(), slots, Math.max(1, maxWaiting));
          shareLine(g, frame, outcome.series().withinShareByHour());
        });
    legend(g, outcomes.keySet().stream().toList());
    g.dispose();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chart " + file, e);
    }
  }

  /** Maps simulated time to x pixels. */
  private record Frame(Instant origin, Duration span, int width) {
    int x(Instant t) {
      return LEFT
          + (int) (width * (double) Duration.between(origin, t).toSeconds() / span.toSeconds());
    }
  }

  private static void axes(Graphics2D g, Frame frame, int top, String label) {
    g.setColor(Color.DARK_GRAY);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(LEFT, top, frame.width(), PANEL);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString(label, LEFT + 5, top - 6);
    var day = frame.origin().atOffset(ZoneOffset.ofHours(-8)).toLocalDate().plusDays(1);
    for (int i = 0; i < 12; i++) {
      var midnight = day.plusDays(i).atStartOfDay().toInstant(ZoneOffset.ofHours(-8));
      int x = frame.x(midnight);
      if (x > LEFT + frame.width()) {
        break;
      }
      g.setColor(Color.LIGHT_GRAY);
      g.drawLine(x, top, x, top + PANEL);
      g.setColor(Color.DARK_GRAY);
      g.drawString(DAY.format(midnight), x + 3, top + PANEL + 14);
    }
  }

  private static void shadeSurges(Graphics2D g, SurgeReplay surges, Frame frame, int top, int h) {
    g.setColor(new Color(0xEE, 0xEE, 0xEE));
    for (var episode : surges.episodes()) {
      int from = frame.x(episode.surge().detectedAt());
      var end = episode.endedAt() == null ? episode.surge().detectedAt() : episode.endedAt();
      g.fillRect(from, top, Math.max(1, frame.x(end) - from), h);
    }
  }

  private static void waitingLine(Graphics2D g, Frame frame, int[] waiting, int slots, int max) {
    int px = -1;
    int py = -1;
    for (int i = 0; i < slots; i++) {
      int x = frame.x(frame.origin().plus(SimulationSeries.SLOT.multipliedBy(i)));
      int y = TOP + PANEL - (int) ((double) PANEL * (i < waiting.length ? waiting[i] : 0) / max);
      if (px >= 0) {
        g.drawLine(px, py, x, y);
      }
      px = x;
      py = y;
    }
  }

  private static void shareLine(Graphics2D g, Frame frame, double[] shares) {
    int top = TOP + PANEL + GAP;
    int px = -1;
    int py = -1;
    for (int h = 0; h < shares.length; h++) {
      if (shares[h] < 0) {
        continue;
      }
      int x = frame.x(frame.origin().plus(Duration.ofHours(h)).plus(Duration.ofMinutes(30)));
      int y = top + PANEL - (int) (PANEL * shares[h]);
      if (px >= 0) {
        g.drawLine(px, py, x, y);
      }
      px = x;
      py = y;
    }
  }

  private static void legend(Graphics2D g, List<String> names) {
    int y = TOP + 2 * PANEL + GAP + 40;
    int x = LEFT;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (var name : names) {
      g.setColor(COLOURS.getOrDefault(name, Color.GRAY));
      g.fillRect(x, y - 10, 24, 4);
      g.setColor(Color.BLACK);
      g.drawString(name, x + 30, y - 4);
      x += 120;
    }
    g.setColor(new Color(0xBB, 0xBB, 0xBB));
    g.fillRect(x, y - 14, 24, 12);
    g.setColor(Color.BLACK);
    g.drawString("surge detected (any intent); times UTC-8", x + 30, y - 4);
  }

  private static int lastNonZero(int[] values) {
    for (int i = values.length - 1; i >= 0; i--) {
      if (values[i] != 0) {
        return i;
      }
    }
    return 0;
  }
}
