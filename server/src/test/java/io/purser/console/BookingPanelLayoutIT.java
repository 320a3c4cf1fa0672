package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.airline.StoryBookings;
import io.purser.airline.demo.DemoAirline;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The booking panel at the widths agents work at: the whole seat map can be seen and clicked (a
 * seat may sit in the map's own scrolling box, never outside the panel), and flight times read as
 * the airport's local time, never as UTC.
 */
class BookingPanelLayoutIT extends BrowserTest {

  private static final Duration SECONDS_10 = Duration.ofSeconds(10);

  @Autowired DemoAirline demo;

  /** Opens the story's booking (JFK → CDG on a wide-body, moved earlier) and its seat map. */
  private void openSeatMap() {
    var locator = StoryBookings.locator();
    demo.book(
        locator,
        "Alex",
        "Martin",
        locator.toLowerCase(Locale.ROOT) + "@example.com",
        demo.storyOutbound(),
        demo.storyReturn());
    var connected = api.put("/api/v1/airline/connector", workspace.token(), "{\"kind\":\"demo\"}");
    assertThat(connected.status()).as(connected.body()).isEqualTo(200);
    tweet(digits(), "seat_sid", "@DemoAir my return flight moved, booking " + locator);
    signIn();
    waitForText(By.cssSelector("ol.conversations"), "seat_sid", SECONDS_10);
    click(By.cssSelector(".row-link"));
    click(By.cssSelector(".locator-link"));
    waitForText(By.id("booking"), "Schedule changed", SECONDS_10);
    click(By.cssSelector("#booking .segment-schedule_changed .seat-map-open"));
    waitUpTo(SECONDS_10)
        .until(d -> !d.findElements(By.cssSelector("#booking .seat-map .seat")).isEmpty());
  }

  /**
   * Each seat's box against the panel's: seats outside it, and seats that cannot be reached (cut
   * off by a box that does not scroll to them).
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> seatsOutsideThePanel() {
    return (Map<String, Object>)
        runScript(
            """
            const panel = document.getElementById('booking').getBoundingClientRect();
            const box = document.querySelector('#booking .seat-rows');
            const scroller = box.getBoundingClientRect();
            const seats = Array.from(document.querySelectorAll('#booking .seat-map .seat'));
            const outside = [];
            const unreachable = [];
            for (const seat of seats) {
              const r = seat.getBoundingClientRect();
              const inPanel = r.left >= panel.left - 0.5 && r.right <= panel.right + 0.5;
              if (!inPanel) outside.push(seat.id);
              // Inside the map's box, or reachable by scrolling it (its scroll width covers it).
              const left = r.left - scroller.left + box.scrollLeft;
              if (r.width < 16 || left < -0.5 || left + r.width > box.scrollWidth + 0.5) {
                unreachable.push(seat.id);
              }
            }
            return {count: seats.length, outside: outside, unreachable: unreachable,
                    pageScrolls: document.documentElement.scrollWidth > window.innerWidth};
            """);
  }

  private void shot(String name) throws IOException {
    var element = browser.findElement(By.cssSelector("#booking .seat-map"));
    runScript("document.querySelector('#booking .seat-map').scrollIntoView(true);");
    Files.createDirectories(SCREENSHOTS);
    Files.write(
        SCREENSHOTS.resolve("BookingPanelLayoutIT-" + name + ".png"),
        browser.getScreenshotAs(OutputType.BYTES));
    assertThat(element.isDisplayed()).isTrue();
  }

  @Test
  void theWholeSeatMapIsInsideThePanelAtLaptopDesktopAndNarrowWidths() throws IOException {
    openSeatMap();
    for (var size :
        List.of(new Dimension(1440, 900), new Dimension(1280, 800), new Dimension(900, 900))) {
      browser.manage().window().setSize(size);
      // Let the layout settle at the new width.
      waitUpTo(SECONDS_10)
          .until(d -> runScript("return window.innerWidth") instanceof Long w && w > 0);
      var seen = seatsOutsideThePanel();
      assertThat((Long) seen.get("count")).as("seats on the map").isGreaterThan(100);
      assertThat((List<?>) seen.get("outside")).as("seats outside the panel at " + size).isEmpty();
      assertThat((List<?>) seen.get("unreachable")).as("seats cut off at " + size).isEmpty();
      assertThat(seen.get("pageScrolls"))
          .as("the page scrolls sideways at " + size)
          .isEqualTo(false);
      shot(size.getWidth() + "x" + size.getHeight());
    }
  }

  @Test
  void flightTimesAreTheAirportsLocalTimeAndSayWhichAirport() {
    openSeatMap();
    var departure = By.cssSelector("#booking .segment-schedule_changed .flight-time");
    assertThat(textOf(departure)).startsWith("dep ").endsWith(" JFK time");
    assertThat(attributeOf(departure, "title")).endsWith("local time at JFK").doesNotContain("Z");
    var alternative = By.cssSelector("#booking .alternative .flight-time");
    assertThat(textOf(alternative)).endsWith(" JFK time");
    assertThat(textOf(By.cssSelector("#booking .schedule-change"))).endsWith("JFK time");
    // Purser's own times carry the workspace's zone in their tooltip, never a bare ISO instant.
    var stamp = By.cssSelector(".timeline time.when");
    assertThat(attributeOf(stamp, "title")).endsWith("(UTC)");
    assertThat(textOf(stamp)).matches("\\d{1,2} \\p{L}{3} \\d{4}, \\d{2}:\\d{2}");
  }
}
