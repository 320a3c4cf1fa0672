package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person who opens a page they may not see, or one that does not exist, gets a console page in
 * their language with a way back to the queue; a program keeps the API's JSON problem details.
 */
class ErrorPagesIT extends BrowserTest {

  @Test
  void anAgentOpeningTheSupervisorPageIsToldTheyMayNotAndFindsTheWayBack() {
    signIn();
    // Chromium logs the page's own 403 as a console error: the status this test asks for.
    expectConsoleError("status of 403");

    browser.get(url("/console/supervisor"));

    assertThat(textOf(By.tagName("h1"))).isEqualTo("You are not allowed to open this page");
    assertThat(textOf(By.id("main"))).contains("Your role does not give access to it.");
    assertThat(textOf(By.cssSelector(".topbar"))).contains("Ana Agent");
    assertThat(browser.getPageSource()).doesNotContain("\"status\"", "Forbidden");
    click(By.id("error-back"));
    waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.urlMatches(".*/console$"));
    assertThat(textOf(By.tagName("h1"))).isEqualTo("Conversations");
  }

  @Test
  void aPageThatDoesNotExistIsAConsolePageInTheAgentsLanguage() {
    signIn();
    browser.get(url("/console?lang=fr"));
    waitForText(By.tagName("h1"), "Conversations", Duration.ofSeconds(5));
    expectConsoleError("status of 404");

    browser.get(url("/console/no-such-page"));

    assertThat(textOf(By.tagName("h1"))).isEqualTo("Cette page n’existe pas");
    assertThat(textOf(By.id("error-back"))).isEqualTo("Retour aux conversations");
    assertThat(attributeOf(By.tagName("html"), "lang")).isEqualTo("fr");
  }

  @Test
  void programsStillGetProblemDetailsAndFragmentRequestsNoPage() throws Exception {
    signIn();
    var session = browser.manage().getCookieNamed("SESSION").getValue();
    var http = HttpClient.newHttpClient();

    var api =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/api/v1/no-such-thing")))
                .header("Authorization", "Bearer " + workspace.token())
                .header("Accept", "text/html,application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    var fragment =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/console/supervisor")))
                .header("Cookie", "SESSION=" + session)
                .header("Accept", "text/html")
                .header("HX-Request", "true")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(fragment.statusCode()).isEqualTo(403);
    assertThat(fragment.body()).doesNotContain("You are not allowed to open this page");
  }
}
