package io.purser.console.reports;

import java.text.NumberFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the report pages and the wallboard write a report's figures (the bean {@code reportFormat}):
 * durations to the second ("4 min 12 s"), shares as percentages with one decimal in the reader's
 * language, and a dash for a figure nothing measured.
 */
@Component("reportFormat")
public class ReportFormat {

  static final String NOTHING = "–";

  private final MessageSource messages;

  ReportFormat(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * A duration given in seconds (rounded to the second): "45 s", "4 min 12 s", "10 min", "2 h 05
   * min".
   */
  public String duration(Double seconds) {
    if (seconds == null) {
      return NOTHING;
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return text("reports.duration.seconds", s);
    }
    if (s < 3_600) {
      return s % 60 == 0
          ? text("reports.duration.wholeMinutes", s / 60)
          : text("reports.duration.minutes", s / 60, s % 60);
    }
    if (s < 86_400) {
      return text("reports.duration.hours", s / 3_600, "%02d".formatted(s % 3_600 / 60));
    }
    return text("reports.duration.days", s / 86_400, s % 86_400 / 3_600);
  }

  /** A share (0 to 1) as a percentage with one decimal: "87.5 %" ("87,5 %" in French). */
  public String share(Double share) {
    if (share == null) {
      return NOTHING;
    }
    var format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return text("reports.percent", format.format(share * 100));
  }

  /** An average (a CSAT score) with one decimal. */
  public String average(Double value) {
    if (value == null) {
      return NOTHING;
    }
    var format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
