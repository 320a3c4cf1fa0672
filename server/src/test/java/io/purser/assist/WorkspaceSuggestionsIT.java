package io.purser.assist;

import static io.purser.testing.NetworkStandIn.xPostCreated;
import static io.purser.testing.NetworkStandIn.xPosts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.Brand;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A workspace's own solved conversations are what its suggestions draw on first, through the real
 * path: a customer tweets, an agent answers through the API, the conversation is resolved; the next
 * customer asking the same gets that answer, and another workspace never does.
 */
class WorkspaceSuggestionsIT extends BrandIntegrationTest {

  static final String ANSWER =
      "So sorry about your suitcase! Please file a report at the Heathrow T5 baggage desk"
          + " and our tracing team will call you within 24 hours.";

  @Autowired AssistManagement assist;

  @Test
  void theWorkspacesOwnAnswerToASolvedCaseComesFirstAndStaysInTheWorkspace() {
    networks.stubFor(xPosts().willReturn(xPostCreated(Ids.random())));
    long solved = brand.tweet("@brand my suitcase never arrived at Heathrow, where is it?");
    var agent = brand.agent("ana");
    var replied =
        api.post(
            "/api/v1/conversations/" + solved + "/replies",
            agent.token(),
            "{\"text\":\"%s\",\"takeover\":true}".formatted(ANSWER));
    assertThat(replied.status()).as(replied.body()).isEqualTo(202);
    brand.awaitLatest(solved, "sent");
    assertThat(api.setStatus(solved, ws.token(), "resolved").status()).isEqualTo(200);

    // Indexes are built in the background: the first requests may say they are incomplete.
    var offered = complete(ws.id(), "@brand my suitcase did not arrive at Heathrow").offered();

    assertThat(offered).isNotEmpty();
    assertThat(offered.get(0).fromThisWorkspace()).isTrue();
    assertThat(offered.get(0).suggestion().text()).contains("Heathrow T5 baggage desk");
    assertThat(offered.get(0).suggestion().sourceId()).isEqualTo(String.valueOf(solved));

    var other = Brand.onX(api).ws();
    assertThat(complete(other.id(), "my suitcase did not arrive at Heathrow").offered())
        .as("another workspace never sees this workspace's answers, only the starter corpus's")
        .isNotEmpty()
        .noneMatch(o -> o.suggestion().text().contains("Heathrow T5"))
        .noneMatch(AssistManagement.Offered::fromThisWorkspace);
  }

  /** The suggestions once every index they draw on is built (the starter corpus's included). */
  private AssistManagement.Suggested complete(long workspaceId, String words) {
    return await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> assist.suggest(workspaceId, words, ReplyContext.none()),
            AssistManagement.Suggested::complete);
  }
}
