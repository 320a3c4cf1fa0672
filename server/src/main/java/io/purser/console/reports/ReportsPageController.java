package io.purser.console.reports;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.reports.ReportBreakdown;
import io.purser.reports.ReportCsv;
import io.purser.reports.ReportFigures;
import io.purser.reports.ReportQuery;
import io.purser.reports.ReportsManagement;
import io.purser.routing.RoutingManagement;
import io.purser.routing.RoutingManagement.AgentView;
import io.purser.routing.Team;
import io.purser.routing.TeamManagement;
import io.purser.routing.domain.PriorityBand;
import io.purser.triage.Intent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The report page, for a workspace's supervisors and administrators: a range of days and filters,
 * then the summary and one table (with its chart and its CSV) per breakdown. Every number comes
 * from {@link ReportsManagement}, the same calls the reports API answers with, and every CSV is
 * written by the API's {@link ReportCsv}: the page, the JSON and the CSV agree. The CSV routes are
 * the console's own because the API takes bearer tokens only, not the console's session.
 */
@Controller
class ReportsPageController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  static final List<String> CHANNELS = List.of("x", "facebook", "instagram", "whatsapp");

  private final ReportsManagement reports;
  private final RoutingManagement routing;
  private final TeamManagement teams;
  private final MessageSource messages;
  private final Clock clock;

  ReportsPageController(
      ReportsManagement reports,
      RoutingManagement routing,
      TeamManagement teams,
      MessageSource messages,
      Clock clock) {
    this.reports = reports;
    this.routing = routing;
    this.teams = teams;
    this.messages = messages;
    this.clock = clock;
  }

  /** A breakdown as the page shows it: its rows, labelled, and the API's CSV of the same rows. */
  public record Table(String by, String csv, List<Row> rows) {}

  /** One row: its label for people (a channel's name, an agent's, an hour) and its figures. */
  public record Row(String label, ReportFigures figures) {}

  @GetMapping("/console/reports")
  String page(
      PurserPrincipal caller,
      @ModelAttribute("form") ReportForm sent,
      Model model,
      HttpServletResponse response) {
    if (!caller.can(Role.SUPERVISOR)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    long ws = caller.workspaceId();
    var zone = reports.timeZone(ws);
    var form = sent.withDefaults(LocalDate.ofInstant(clock.instant(), zone));
    var agents = routing.agents(ws);
    model.addAttribute("supervisor", true);
    model.addAttribute("form", form);
    model.addAttribute("zone", zone.getId());
    model.addAttribute("channels", CHANNELS);
    model.addAttribute("teams", teams.teams(ws).stream().map(Team::name).sorted().toList());
    model.addAttribute("agents", agents);
    model.addAttribute("intents", Arrays.stream(Intent.values()).map(Intent::wireName).toList());
    model.addAttribute(
        "bands", Arrays.stream(PriorityBand.values()).map(PriorityBand::wireName).toList());
    ReportQuery query;
    try {
      query = form.query(zone);
    } catch (IllegalArgumentException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", refused.getMessage());
      return "console/reports";
    }
    model.addAttribute("summary", reports.summary(ws, query));
    model.addAttribute("summaryCsv", form.csvLink("summary", null));
    model.addAttribute("exportCsv", form.csvLink("conversations", null));
    var names =
        agents.stream().collect(Collectors.toMap(a -> Long.toString(a.userId()), AgentView::name));
    var tables = new ArrayList<Table>();
    for (var by : ReportBreakdown.By.values()) {
      var rows =
          reports.breakdown(ws, by, query).stream()
              .map(item -> new Row(label(by, item.key(), names), item.figures()))
              .toList();
      tables.add(new Table(by.wire(), form.csvLink("breakdown", by.wire()), rows));
    }
    model.addAttribute("tables", tables);
    return "console/reports";
  }

  @GetMapping("/console/reports/summary.csv")
  ResponseEntity<String> summaryCsv(PurserPrincipal caller, ReportForm form) {
    var query = query(caller, form);
    return csv(
        "report-summary.csv", ReportCsv.summary(reports.summary(caller.workspaceId(), query)));
  }

  @GetMapping("/console/reports/breakdown.csv")
  ResponseEntity<String> breakdownCsv(
      PurserPrincipal caller, ReportForm form, @RequestParam(required = false) String by) {
    var query = query(caller, form);
    var dimension = ReportBreakdown.By.named(by);
    if (dimension == null) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "by must be one of channel, intent, hour, day, agent, team");
    }
    return csv(
        "report-" + dimension.wire() + ".csv",
        ReportCsv.breakdown(reports.breakdown(caller.workspaceId(), dimension, query)));
  }

  /** One row per conversation, streamed as the database hands them over, like the API's. */
  @GetMapping("/console/reports/conversations.csv")
  void conversationsCsv(PurserPrincipal caller, ReportForm form, HttpServletResponse response)
      throws IOException {
    var query = query(caller, form);
    response.setContentType(CSV.toString());
    response.setHeader("Content-Disposition", "attachment; filename=\"report-conversations.csv\"");
    try (var out = new ReportCsv.Export(response.getOutputStream())) {
      reports.export(caller.workspaceId(), query, out::write);
    }
  }

  /** The query of a CSV link: the caller's days and filters, refused (400) when unreadable. */
  private ReportQuery query(PurserPrincipal caller, ReportForm form) {
    if (!caller.can(Role.SUPERVISOR)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    var zone = reports.timeZone(caller.workspaceId());
    try {
      return form.withDefaults(LocalDate.ofInstant(clock.instant(), zone)).query(zone);
    } catch (IllegalArgumentException refused) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, text(refused.getMessage()));
    }
  }

  private static ResponseEntity<String> csv(String filename, String body) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .body(body);
  }

  /** What people read for a breakdown's key; conversations without one are "none". */
  private String label(ReportBreakdown.By by, String key, Map<String, String> agentNames) {
    if (key == null) {
      return text("reports.noValue");
    }
    return switch (by) {
      case CHANNEL -> text("network." + key, key);
      case INTENT -> text("intent." + key, key);
      case HOUR -> "%02d:00".formatted(Integer.parseInt(key));
      case AGENT -> agentNames.getOrDefault(key, "#" + key);
      case DAY, TEAM -> key;
    };
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private String text(String key, String otherwise) {
    return messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
  }
}
