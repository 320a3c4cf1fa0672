package io.purser.channels.x;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.WireFixtures;
import io.purser.ingest.InboundEvent.InboundMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * X escapes {@code &}, {@code <} and {@code >} in posts (v1.1 and v2) and not in direct messages;
 * the parser stores what the customer wrote. The texts are real customers' posts from the airline
 * threads dataset, as X's API returned them, put into the verbatim fixtures in place of theirs.
 */
class XEscapedTextTest {

  static final String V11_FIXTURE_TEXT =
      "See how @PennMedCDH are using X data to understand the COVID-19 health crisis 📊\\n\\n"
          + "https://t.co/1tdA8uDWes";

  final XPayloadParser parser = new XPayloadParser();

  @Test
  void undoesXsEscapingInAV11PostSoTheArrowReadsAsTheCustomerTypedIt() {
    var text = textOfV11Post("@AmericanAir what’s going on with flight 301 DTW &gt; DFW? Delayed");

    assertThat(text).isEqualTo("@AmericanAir what’s going on with flight 301 DTW > DFW? Delayed");
  }

  @Test
  void readsAmpersandsAndLessThanOnce() {
    var text =
        textOfV11Post(
            "for being incredible &amp; holding my flight - off one plane &amp; onto next in"
                + " &lt;5 minutes &lt;3");

    assertThat(text)
        .isEqualTo(
            "for being incredible & holding my flight - off one plane & onto next in <5 minutes"
                + " <3");
  }

  @Test
  void aCustomerWhoTypedAnEntityKeepsItLiterally() {
    // The customer typed "&amp;" and "&lt;b&gt;": X sent "&amp;amp;" and "&amp;lt;b&amp;gt;".
    assertThat(textOfV11Post("rebook &amp;amp; refund, not &amp;lt;b&amp;gt;"))
        .isEqualTo("rebook &amp; refund, not &lt;b&gt;");
  }

  @Test
  void leavesOtherEntitiesAndLoneAmpersandsAlone() {
    assertThat(textOfV11Post("AT&T &quot;ok&quot; &#39; & &amp"))
        .isEqualTo("AT&T &quot;ok&quot; &#39; & &amp");
  }

  @Test
  void undoesXsEscapingInAV2Post() {
    var body =
        fixture("x_xaa_post_mention_create.json")
            .replace("\"hey @ExampleUser\"", "\"hey @ExampleUser MLI-&gt;DEN &amp; back\"");

    var message = (InboundMessage) parser.parse(bytes(body)).get(0);

    assertThat(message.text()).isEqualTo("hey @ExampleUser MLI->DEN & back");
  }

  @Test
  void keepsADirectMessageAsSentBecauseXDoesNotEscapeThem() {
    var body =
        fixture("x_aaa_direct_message_events.json")
            .replace("\"Hello World!\"", "\"MLI-&gt;DEN & back\"");

    var message = (InboundMessage) parser.parse(bytes(body)).get(0);

    assertThat(message.text()).isEqualTo("MLI-&gt;DEN & back");
  }

  private String textOfV11Post(String escapedText) {
    var fixture = fixture("x_aaa_tweet_create_events_reply.COMPOSED.json");
    assertThat(fixture).contains(V11_FIXTURE_TEXT);
    var body = fixture.replace(V11_FIXTURE_TEXT, escapedText);
    return ((InboundMessage) parser.parse(bytes(body)).get(0)).text();
  }

  private static String fixture(String name) {
    return new String(WireFixtures.bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
