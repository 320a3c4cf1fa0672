package io.purser.console;

import static io.purser.testing.NetworkStandIn.xPostCreated;
import static io.purser.testing.NetworkStandIn.xPosts;
import static org.assertj.core.api.Assertions.assertThat;

import io.purser.identity.Role;
import io.purser.testing.Brand;
import io.purser.testing.ConsoleSession;
import io.purser.testing.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The supervisor's wallboard and report pages in Chromium: the wallboard changes live when a
 * customer writes, each report table shows what the reports API's CSV of the same query says, and
 * neither shows an agent anything or another workspace's conversations.
 */
class WallboardAndReportsIT extends BrowserTest {

  static final Duration SECONDS_10 = Duration.ofSeconds(10);

  /** The breakdowns' figure columns, in the CSV's order after its key. */
  static final int FIGURES = 13;

  @Test
  void aSupervisorWatchesTheWallboardChangeLiveWhenACustomerWrites() throws IOException {
    signInAsSupervisor();
    browser.manage().window().setSize(new Dimension(1440, 900));
    click(By.id("nav-wallboard"));
    awaitLiveAndCharts();
    assertThat(textOf(By.id("wb-waiting"))).isEqualTo("0");
    assertThat(textOf(By.id("wb-today"))).isEqualTo("no conversation started today");
    runScript("window.purserTestMarker = 'same page';");

    tweet(digits(), "live_lena", "@DemoAir my flight was cancelled, what now?");

    waitForText(By.id("wb-waiting"), "1", SECONDS_10);
    assertThat(textOf(By.id("wb-today"))).isEqualTo("one conversation started today");
    assertThat(textOf(By.id("wb-channel-x"))).isEqualTo("1");
    assertThat(textOf(By.id("wb-channel-whatsapp"))).isEqualTo("0");
    assertThat(textOf(By.id("wb-oldest"))).isNotBlank();
    assertThat(textOf(By.id("wb-agents"))).contains("Sam Supervisor");
    // The hourly chart's table counts it in this hour (the workspace's zone is UTC by default).
    int hour = Instant.now().atZone(ZoneOffset.UTC).getHour();
    assertThat(
            browser.executeScript(
                "return document.querySelectorAll('#wb-volume-table tbody tr')[arguments[0]]"
                    + ".children[1].dataset.value;",
                hour))
        .isEqualTo("1");
    // Changed by the stream's news, not by reloading the page.
    assertThat(runScript("return window.purserTestMarker;")).isEqualTo("same page");
    assertThat(runScript("return !!Chart.getChart(document.querySelector('canvas'));"))
        .isEqualTo(true);

    keepScreenshot("wallboard-1440x900");
    browser.manage().window().setSize(new Dimension(1920, 1080));
    // The final screenshot (at the wall's size) is taken after the test.
  }

  @Test
  void eachReportTableMatchesTheCsvOfTheSameQueryAndCountsOnlyItsWorkspace() throws Exception {
    var first = brand.tweet("@DemoAir my flight was cancelled, I want a refund");
    brand.tweet("@DemoAir where is my bag? It did not arrive");
    brand.tweet("@DemoAir is my flight delayed?");
    networks.stubFor(xPosts().willReturn(xPostCreated(Ids.random())));
    var queued =
        api.reply(first, workspace.token(), "{\"text\":\"We are on it\",\"takeover\":true}");
    assertThat(queued.status()).as(queued.body()).isEqualTo(202);
    brand.awaitLatest(first, "sent");
    // Another workspace's conversation of the same day is never counted here.
    Brand.onX(api).tweet("@OtherAir hello from another workspace");

    signInAsSupervisor();
    browser.manage().window().setSize(new Dimension(1440, 900));
    click(By.id("nav-reports"));
    waitUpTo(SECONDS_10)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("report-summary")));
    waitUpTo(SECONDS_10)
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-charts=drawn]")));
    assertThat(textOf(By.id("summary-conversations"))).isEqualTo("3");

    var session = ConsoleSession.signedIn(port, workspace.slug(), username, PASSWORD);
    // The page's days: the last seven in the workspace's zone (UTC by default), as instants.
    var today = LocalDate.now(ZoneOffset.UTC);
    var range =
        "from="
            + today.minusDays(6).atStartOfDay().toInstant(ZoneOffset.UTC)
            + "&to="
            + today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    for (var by : List.of("channel", "intent", "hour", "day", "agent", "team")) {
      var href = browser.findElement(By.id("csv-" + by)).getDomAttribute("href");
      var csv = session.get(href);
      assertThat(csv.statusCode()).as(href + " " + csv.body()).isEqualTo(200);
      // The console's CSV is the API's, byte for byte, for the same query.
      var fromApi =
          api.get("/api/v1/reports/breakdown?by=" + by + "&" + range + "&format=csv", token());
      assertThat(csv.body()).as(by).isEqualTo(fromApi.body());
      var lines = csv.body().strip().lines().toList();
      var page = table(by);
      assertThat(page).as(by + ": one row per CSV line").hasSize(lines.size() - 1);
      for (int row = 0; row < page.size(); row++) {
        var cells = Arrays.asList(lines.get(row + 1).split(",", -1));
        assertThat(cells).hasSize(FIGURES + 1);
        var shown = page.get(row);
        for (int figure = 1; figure <= FIGURES; figure++) {
          assertSameFigure(
              by + " row " + row + " column " + figure, shown[figure], cells.get(figure));
        }
        assertThat(shown[FIGURES + 1]).as("the conversations as read").isEqualTo(cells.get(1));
        if (by.equals("channel")) {
          assertThat(cells.get(0)).isEqualTo("x");
          assertThat(shown[0]).isEqualTo("X");
        }
        if (by.equals("day")) {
          assertThat(shown[0]).isEqualTo(cells.get(0));
        }
      }
    }
    // The summary's CSV and the per-conversation export are the API's for the same query.
    var summary =
        session.get(browser.findElement(By.id("summary-csv")).getDomAttribute("href")).body();
    var figures = summary.lines().skip(1).findFirst().orElseThrow().split(",", -1);
    assertThat(figures[0]).isEqualTo("3");
    assertThat(textOf(By.id("summary-unanswered"))).isEqualTo(figures[6]);
    var export =
        session.get(browser.findElement(By.id("export-csv")).getDomAttribute("href")).body();
    assertThat(export.strip().lines()).hasSize(4);

    // A filter narrows the page and its links alike: no conversation on WhatsApp.
    select(By.id("report-channel"), "whatsapp");
    click(By.id("report-show"));
    waitForText(By.id("summary-conversations"), "0", SECONDS_10);
    assertThat(browser.findElement(By.id("csv-channel")).getDomAttribute("href"))
        .contains("channel=whatsapp");
    select(By.id("report-channel"), "");
    click(By.id("report-show"));
    waitForText(By.id("summary-conversations"), "3", SECONDS_10);
  }

  @Test
  void agentsAreRefusedAndUnreadableDaysAreSaidNotGuessed() {
    signIn();
    assertThat(browser.findElements(By.id("nav-wallboard"))).isEmpty();
    assertThat(browser.findElements(By.id("nav-reports"))).isEmpty();
    // The agent asks for the page by its address: refused, and the browser logs the 403.
    expectConsoleError("403");
    browser.get(url("/console/wallboard"));
    waitUpTo(SECONDS_10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main")));

    var agent = ConsoleSession.signedIn(port, workspace.slug(), username, PASSWORD);
    for (var path :
        List.of(
            "/console/wallboard",
            "/console/wallboard/live",
            "/console/reports",
            "/console/reports/summary.csv",
            "/console/reports/breakdown.csv?by=channel",
            "/console/reports/conversations.csv")) {
      assertThat(agent.get(path).statusCode()).as(path).isEqualTo(403);
    }
    assertThat(agent.get("/console").body()).doesNotContain("nav-wallboard", "nav-reports");

    var boss = "boss-" + workspace.slug();
    createUser(boss, Role.SUPERVISOR, "Sam Supervisor", "SS");
    var supervisor = ConsoleSession.signedIn(port, workspace.slug(), boss, PASSWORD);
    var unreadable = supervisor.get("/console/reports?from=yesterday&to=2026-12-07");
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(unreadable.body()).contains("Give both days as dates");
    var reversed = supervisor.get("/console/reports?from=2026-12-07&to=2026-12-01");
    assertThat(reversed.statusCode()).isEqualTo(400);
    assertThat(reversed.body()).contains("must not come after");
    var wide = supervisor.get("/console/reports?from=2024-01-01&to=2026-12-01");
    assertThat(wide.body()).contains("at most 366 days");
    var today = LocalDate.now(ZoneOffset.UTC);
    var fine =
        supervisor.get(
            "/console/reports?from=" + today.minusDays(1) + "&to=" + today + "&band=high");
    assertThat(fine.statusCode()).isEqualTo(200);
    assertThat(fine.body()).contains("band=high");
    var unknown = supervisor.get("/console/reports/breakdown.csv?by=weather");
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  private String token() {
    return workspace.token();
  }

  private void signInAsSupervisor() {
    var boss = "boss-" + workspace.slug();
    createUser(boss, Role.SUPERVISOR, "Sam Supervisor", "SS");
    forgetSession();
    username = boss;
    signInWhereItLands();
  }

  private void awaitLiveAndCharts() {
    waitUpTo(SECONDS_10)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-live=open]")));
    waitUpTo(SECONDS_10)
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-charts=drawn]")));
  }

  /**
   * A breakdown table as the page shows it: per row its label, each figure's value as written in
   * the cell's data, and the conversations as the reader sees them.
   */
  @SuppressWarnings("unchecked")
  private List<String[]> table(String by) {
    var rows =
        (List<List<String>>)
            browser.executeScript(
                "return Array.from(document.querySelectorAll('#table-' + arguments[0] + ' tbody"
                    + " tr')).map(function (r) { var cells = Array.from(r.children);"
                    + " return [cells[0].textContent.trim()].concat(cells.slice(1).map(function"
                    + " (c) { return c.hasAttribute('data-value') ? c.getAttribute('data-value')"
                    + " : null; })).concat([cells[1].textContent.trim()]); });",
                by);
    var table = new ArrayList<String[]>();
    rows.forEach(row -> table.add(row.toArray(String[]::new)));
    return table;
  }

  private static void assertSameFigure(String where, String shown, String csv) {
    if (csv.isEmpty()) {
      assertThat(shown).as(where + ": nothing measured").isNull();
    } else {
      assertThat(shown).as(where).isNotNull();
      assertThat(Double.parseDouble(shown)).as(where).isEqualTo(Double.parseDouble(csv));
    }
  }

  private void keepScreenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    var shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        shot,
        SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
