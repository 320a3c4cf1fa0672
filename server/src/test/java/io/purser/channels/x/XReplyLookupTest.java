package io.purser.channels.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.purser.channels.x.XApiStandIn.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.purser.reply.Reconciliation;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** After an unknown outcome the reply is looked up on X, matching on what X keeps of it. */
class XReplyLookupTest {

  private static final String TIMELINE = "/2/users/2244994945/tweets";
  private static final String DM_EVENTS = "/2/dm_conversations/with/9876/dm_events";
  private static final Instant SENT = Instant.parse("2024-01-16T15:54:30Z");

  @RegisterExtension final XApiStandIn x = new XApiStandIn();

  private void answer(String path, int status, String body) {
    x.server.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  @Test
  void findsTheReplyPostOnTheBrandsTimelineDespiteShortenedLinksAndMentions() {
    answer(
        TIMELINE,
        200,
        """
        {"data":[
          {"id":"1","text":"@traveller Rebook at https://t.co/q1","referenced_tweets":[{"type":"replied_to","id":"other"}]},
          {"id":"1445","text":"@traveller Rebook at https://t.co/a9","author_id":"2244994945",
           "referenced_tweets":[{"type":"replied_to","id":"555"}]}],
         "meta":{"result_count":2}}""");

    var found =
        x.sender().lookUp(XApiStandIn.replyPost("Rebook at https://example.com/r", "555"), SENT);

    assertThat(found).isEqualTo(new Reconciliation.Found("1445"));
    x.server.verify(
        getRequestedFor(urlPathEqualTo(TIMELINE))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withQueryParam("start_time", equalTo("2024-01-16T15:53:30Z")));
  }

  @Test
  void matchesAReplyWhoseAmpersandsAndArrowsXEscapedOnTheTimeline() {
    answer(
        TIMELINE,
        200,
        """
        {"data":[
          {"id":"1446","text":"@traveller MLI-&gt;DEN &amp; back","author_id":"2244994945",
           "referenced_tweets":[{"type":"replied_to","id":"555"}]}],
         "meta":{"result_count":1}}""");

    var found = x.sender().lookUp(XApiStandIn.replyPost("MLI->DEN & back", "555"), SENT);

    assertThat(found).isEqualTo(new Reconciliation.Found("1446"));
  }

  @Test
  void aCompleteTimelineWithoutTheReplyProvesItAbsent() {
    answer(TIMELINE, 200, "{\"meta\":{\"result_count\":0}}");

    assertThat(x.sender().lookUp(XApiStandIn.replyPost("Hello", "555"), SENT))
        .isEqualTo(new Reconciliation.Absent());
  }

  @Test
  void aPartialOrFailedLookUpCannotTell() {
    answer(TIMELINE, 200, "{\"data\":[],\"meta\":{\"next_token\":\"7140dibdnow9c7btw3w29\"}}");
    assertThat(x.sender().lookUp(XApiStandIn.replyPost("Hello", "555"), SENT))
        .isInstanceOf(Reconciliation.CannotTell.class);

    answer(TIMELINE, 503, "{}");
    assertThat(x.sender().lookUp(XApiStandIn.replyPost("Hello", "555"), SENT))
        .isInstanceOf(Reconciliation.CannotTell.class);
  }

  @Test
  void findsADirectMessageTheBrandSentInTheConversation() {
    answer(
        DM_EVENTS,
        200,
        """
        {"data":[
          {"id":"e1","event_type":"MessageCreate","text":"Sure, see https://t.co/x","sender_id":"9876","created_at":"2024-01-16T15:54:40.000Z"},
          {"id":"e2","event_type":"MessageCreate","text":"Sure, see https://t.co/x","sender_id":"2244994945","created_at":"2024-01-16T15:54:41.000Z"},
          {"id":"e0","event_type":"MessageCreate","text":"Sure, see https://t.co/x","sender_id":"2244994945","created_at":"2024-01-15T09:00:00.000Z"}]}""");

    var found =
        x.sender().lookUp(XApiStandIn.directMessage("9876", "Sure, see https://x.com/help"), SENT);

    assertThat(found).isEqualTo(new Reconciliation.Found("e2"));
  }
}
