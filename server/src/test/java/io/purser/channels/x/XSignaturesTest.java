package io.purser.channels.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.purser.channels.WireFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks the CRC answer and the delivery signature against every X vector we have. */
class XSignaturesTest {

  static final JsonNode VECTORS =
      JsonMapper.builder().build().readTree(WireFixtures.bytes("signature_test_vectors.json"));

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void answersEveryCrcVector() {
    List<JsonNode> vectors = new ArrayList<>(VECTORS.path("x_crc_response").values());

    assertThat(vectors).hasSize(2);
    for (JsonNode vector : vectors) {
      XSignatures signatures = new XSignatures(secret(vector.path("consumer_secret").asString()));
      assertThat(signatures.crcResponseToken(vector.path("crc_token").asString()))
          .isEqualTo(vector.path("expected_response_body").path("response_token").asString());
    }
  }

  @Test
  void signsAndVerifiesEverySignatureVector() {
    List<JsonNode> vectors = new ArrayList<>(VECTORS.path("x_webhooks_signature_header").values());

    assertThat(vectors).hasSize(3);
    for (JsonNode vector : vectors) {
      String secret = vector.path("consumer_secret").asString();
      String signed =
          vector.has("raw_body")
              ? vector.path("raw_body").asString()
              : vector.path("signed_string").asString();
      String expected = vector.path("expected").asString();
      assertThat(XSignatures.sign(secret, utf8(signed))).isEqualTo(expected);
      assertThat(new XSignatures(secret(secret)).isValid(utf8(signed), expected)).isTrue();
    }
  }

  @Test
  void rejectsWrongMissingAndGarbledSignaturesWithoutThrowing() {
    XSignatures signatures = new XSignatures(secret("test"));
    byte[] body = utf8("{\"test_number\":1,\"test_string\":\"two\"}");
    String good = "sha256=YWHphPn/JFq43jkF0y4/w8R/SelmLjvpunhVFY8JhlI=";

    assertThat(signatures.isValid(body, good)).isTrue();
    assertThat(signatures.isValid(utf8("{\"test_number\":2}"), good)).isFalse();
    assertThat(signatures.isValid(body, null)).isFalse();
    assertThat(signatures.isValid(body, "")).isFalse();
    assertThat(signatures.isValid(body, "sha256=")).isFalse();
    assertThat(signatures.isValid(body, "sha256=!!not base64!!")).isFalse();
    assertThat(signatures.isValid(body, good.substring("sha256=".length()))).isFalse();
    assertThat(signatures.isValid(body, "sha1=" + good.substring(7))).isFalse();
    assertThat(new XSignatures(secret(null)).isValid(body, good)).isFalse();
  }

  @Test
  void refusesToAnswerACrcWithoutASecretOrAToken() {
    assertThatIllegalStateException()
        .isThrownBy(() -> new XSignatures(secret("")).crcResponseToken("t"))
        .withMessageContaining("purser.x.consumer-secret");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new XSignatures(secret("s")).crcResponseToken(null))
        .withMessageContaining("crc_token");
  }

  @Test
  void answersOnlyTokensShapedLikeXsSoTheAnswerNeverSignsABody() {
    var signatures = new XSignatures(secret("s"));
    assertThat(signatures.crcResponseToken("OWY4ODQ2ZjgtNDljMC00NDY2LWJhMGQtYTE4NzQ0MTM2OGFi"))
        .startsWith("sha256=");
    for (var notAToken :
        List.of(
            "{\"direct_message_events\":[]}",
            "",
            "a b",
            "x".repeat(129),
            "caf\u00e9",
            "token\n",
            "[1]")) {
      assertThatIllegalArgumentException()
          .as(notAToken)
          .isThrownBy(() -> signatures.crcResponseToken(notAToken));
    }
  }

  @Test
  void neverPrintsTheSecret() {
    assertThat(secret("s3cr3t").toString()).doesNotContain("s3cr3t");
  }

  private static XSettings secret(String consumerSecret) {
    return new XSettings(consumerSecret, null, null, null);
  }
}
