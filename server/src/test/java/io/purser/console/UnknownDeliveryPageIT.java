package io.purser.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.purser.testing.NetworkStandIn.xPostCreated;
import static io.purser.testing.NetworkStandIn.xPosts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A reply whose fate X never told us is shown as such, and only the agent sends it again. */
class UnknownDeliveryPageIT extends BrowserTest {

  private static final By OUR_REPLY = By.cssSelector(".message.outbound");

  @Test
  void aReplyNobodyCanConfirmIsShownUnknownAndTheAgentSendsItAgain() {
    tweet("2101", "unsure_uma", "@DemoAir did my refund go through?");
    var marker = Long.toString(Long.parseLong(digits()), 26).replaceAll("[0-9]", "x");
    // X takes the post but answers after the read timeout, and its timeline cannot be read.
    networks.stubFor(
        xPosts()
            .withRequestBody(containing(marker))
            .willReturn(xPostCreated(digits()).withFixedDelay(7_000)));
    networks.stubFor(
        get(urlPathEqualTo("/2/users/" + xAccountId + "/tweets"))
            .willReturn(aResponse().withStatus(503)));
    signIn();
    waitForText(By.cssSelector("ol.conversations"), "unsure_uma", Duration.ofSeconds(5));
    click(By.cssSelector(".row-link"));
    waitForText(By.cssSelector("ol.timeline"), "@DemoAir", Duration.ofSeconds(5));

    browser.findElement(By.id("reply-text")).sendKeys("Yes it did, ref " + marker);
    browser.findElement(By.id("reply-text")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

    // The read timeout, then the look-ups until the reconcile window closes, then the live update:
    // about 15 s alone, and more beside a second test JVM on two cores.
    waitForText(OUR_REPLY, "Not known if posted", Duration.ofSeconds(60));
    networks.verify(
        1, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(containing(marker)));
    networks.stubFor(
        xPosts().withRequestBody(containing(marker)).willReturn(xPostCreated(digits())));

    click(By.cssSelector(".send-again"));
    waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();

    waitForText(OUR_REPLY, "Sent", Duration.ofSeconds(40));
    assertThat(textOf(OUR_REPLY)).doesNotContain("Not known");
    networks.verify(
        2, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(containing(marker)));
  }
}
