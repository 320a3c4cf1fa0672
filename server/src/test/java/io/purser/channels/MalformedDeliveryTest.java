package io.purser.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.channels.meta.MetaPayloadParser;
import io.purser.channels.x.XPayloadParser;
import io.purser.ingest.MalformedPayloadException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bodies that are not the documented envelope fail with a message saying what was expected. */
class MalformedDeliveryTest {

  final XPayloadParser x = new XPayloadParser();
  final MetaPayloadParser meta = new MetaPayloadParser();

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void rejectsBodiesThatAreNotJson() {
    for (String body :
        new String[] {"", "not json", "{\"object\":\"page\",\"entry\":[", "\u0000"}) {
      assertThatThrownBy(() -> meta.parse(utf8(body)))
          .as(body)
          .isInstanceOf(MalformedPayloadException.class)
          .hasMessageContaining("expected a Meta webhook delivery");
      assertThatThrownBy(() -> x.parse(utf8(body)))
          .as(body)
          .isInstanceOf(MalformedPayloadException.class)
          .hasMessageContaining("expected an X webhook delivery");
    }
  }

  @Test
  void rejectsAMetaBodyWithoutObjectOrEntries() {
    for (String body :
        new String[] {"{}", "[]", "{\"entry\":[]}", "{\"object\":\"page\"}", "{\"object\":1}"}) {
      assertThatThrownBy(() -> meta.parse(utf8(body)))
          .as(body)
          .isInstanceOf(MalformedPayloadException.class)
          .hasMessageContaining("\"object\" and an \"entry\" array");
    }
  }

  @Test
  void rejectsAMetaEntryWithoutAnAccount() {
    assertThatThrownBy(() -> meta.parse(utf8("{\"object\":\"page\",\"entry\":[{\"time\":1}]}")))
        .isInstanceOf(MalformedPayloadException.class)
        .hasMessageContaining("\"id\" (the account)");
  }

  @Test
  void rejectsAnXBodyWithNeitherForUserIdNorFilter() {
    for (String body : new String[] {"{}", "[]", "{\"data\":{\"event_type\":\"x\"}}", "42"}) {
      assertThatThrownBy(() -> x.parse(utf8(body)))
          .as(body)
          .isInstanceOf(MalformedPayloadException.class)
          .hasMessageContaining("\"for_user_id\"")
          .hasMessageContaining("\"data.filter\"");
    }
  }

  @Test
  void skipsMetaProductsItDoesNotRead() {
    assertThat(meta.parse(utf8("{\"object\":\"user\",\"entry\":[{\"id\":\"1\",\"changes\":[]}]}")))
        .isEmpty();
  }
}
