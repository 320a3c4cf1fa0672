package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnstorableCharactersTest {

  private static String replaced(String json) {
    return new String(
        UnstorableCharacters.replacedIn(json.getBytes(StandardCharsets.ISO_8859_1)),
        StandardCharsets.ISO_8859_1);
  }

  @Test
  void replacesAnEscapedNul() {
    assertThat(replaced("{\"t\":\"a\\u0000b\"}")).isEqualTo("{\"t\":\"a\\ufffdb\"}");
  }

  @Test
  void replacesEscapedSurrogatesWithoutTheirPair() {
    assertThat(replaced("\"\\uD83Dx\\uDE00\\udc00\\ud83d\""))
        .isEqualTo("\"\\ufffdx\\ufffd\\ufffd\\ufffd\"");
  }

  @Test
  void keepsAnEscapedPairAndAnEscapedBackslashBeforeU0000() {
    var json = "\"\\uD83D\\uDE80 \\\\u0000 \\n \\u00e9\"";
    assertThat(replaced(json)).isEqualTo(json);
  }

  @Test
  void replacesASurrogateEncodedAsBytesAndKeepsRealFourByteCharacters() {
    byte[] lone = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0xBD, '"'};
    assertThat(UnstorableCharacters.replacedIn(lone))
        .containsExactly('"', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '"');
    byte[] rocket = "\"\uD83D\uDE80 \u200F\u05E9\"".getBytes(StandardCharsets.UTF_8);
    assertThat(UnstorableCharacters.replacedIn(rocket)).isSameAs(rocket);
  }
}
