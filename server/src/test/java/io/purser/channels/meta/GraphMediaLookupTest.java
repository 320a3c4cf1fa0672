package io.purser.channels.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphMediaLookupTest {

  @Test
  void asksTheConfiguredGraphApiVersionForAWhatsAppMediaId() {
    var lookup =
        new GraphMediaLookup(
            new MetaSettings(null, null, "http://graph.test:8089//", "v21.0", null, null));

    assertThat(lookup.address("1234567890")).isEqualTo("http://graph.test:8089/v21.0/1234567890");
  }
}
