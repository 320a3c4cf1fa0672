package io.purser.reports.web;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.reports.ReportBreakdown;
import io.purser.reports.ReportCsv;
import io.purser.reports.ReportsManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's reports, for its supervisors and administrators: the summary of a range of
 * conversations, its breakdowns, and the per-conversation export, streamed. Every figure is read
 * from the reports' model; the definitions are in {@code docs/reports.md}.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final ReportsManagement reports;

  ReportsController(ReportsManagement reports) {
    this.reports = reports;
  }

  @GetMapping("/summary")
  ResponseEntity<?> summary(
      PurserPrincipal principal,
      @ParameterObject ReportParameters parameters,
      @RequestParam(defaultValue = "json") String format) {
    return answer(
        principal,
        parameters,
        () -> {
          var figures = reports.summary(principal.workspaceId(), parameters.query());
          return "csv".equals(format)
              ? csv("report-summary.csv", ReportCsv.summary(figures))
              : ResponseEntity.ok(figures);
        });
  }

  @GetMapping("/breakdown")
  ResponseEntity<?> breakdown(
      PurserPrincipal principal,
      @ParameterObject ReportParameters parameters,
      @RequestParam(required = false) String by,
      @RequestParam(defaultValue = "json") String format) {
    var dimension = ReportBreakdown.By.named(by);
    if (dimension == null) {
      return problem(
          HttpStatus.BAD_REQUEST, "by must be one of channel, intent, hour, day, agent, team");
    }
    return answer(
        principal,
        parameters,
        () -> {
          var items = reports.breakdown(principal.workspaceId(), dimension, parameters.query());
          if (!"csv".equals(format)) {
            return ResponseEntity.ok(Map.of("items", items));
          }
          return csv("report-" + dimension.wire() + ".csv", ReportCsv.breakdown(items));
        });
  }

  /** One row per conversation, written as the database hands them over: nothing waits in memory. */
  @GetMapping("/conversations")
  ResponseEntity<?> conversations(
      PurserPrincipal principal,
      @ParameterObject ReportParameters parameters,
      HttpServletResponse response) {
    return answer(
        principal,
        parameters,
        () -> {
          response.setContentType(CSV.toString());
          response.setHeader(
              "Content-Disposition", "attachment; filename=\"report-conversations.csv\"");
          try (var out = new ReportCsv.Export(response.getOutputStream())) {
            reports.export(principal.workspaceId(), parameters.query(), out::write);
          } catch (IOException failed) {
            throw new UncheckedIOException(failed);
          }
          return null;
        });
  }

  private static ResponseEntity<?> answer(
      PurserPrincipal principal,
      ReportParameters parameters,
      java.util.function.Supplier<ResponseEntity<?>> report) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor or an administrator reads reports");
    }
    var invalid = parameters.problem();
    if (invalid != null) {
      return problem(HttpStatus.BAD_REQUEST, invalid);
    }
    return report.get();
  }

  private static ResponseEntity<?> csv(String filename, String body) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .body(body);
  }

  private static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
