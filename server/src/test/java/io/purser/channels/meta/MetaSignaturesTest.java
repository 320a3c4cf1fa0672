package io.purser.channels.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.WireFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks {@code X-Hub-Signature-256} and the verify token against every Meta vector we have. */
class MetaSignaturesTest {

  static final JsonNode VECTORS =
      JsonMapper.builder().build().readTree(WireFixtures.bytes("signature_test_vectors.json"));

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static MetaSignatures withSecret(String secret) {
    return new MetaSignatures(secrets(secret, "verify-me"));
  }

  @Test
  void signsAndVerifiesEveryVector() {
    List<JsonNode> vectors = new ArrayList<>(VECTORS.path("meta_x_hub_signature_256").values());

    assertThat(vectors).hasSize(2);
    for (JsonNode vector : vectors) {
      String secret = vector.path("app_secret").asString();
      byte[] body = utf8(vector.path("raw_body").asString());
      String expected =
          vector.has("expected")
              ? vector.path("expected").asString()
              : vector.path("expected_X-Hub-Signature-256").asString();
      assertThat(MetaSignatures.sign(secret, body)).isEqualTo(expected);
      assertThat(withSecret(secret).isValid(body, expected)).isTrue();
      assertThat(withSecret(secret).isValid(body, expected.toUpperCase().replace("SHA", "sha")))
          .isTrue();
    }
  }

  @Test
  void rejectsWrongMissingAndGarbledSignaturesWithoutThrowing() {
    MetaSignatures signatures = withSecret("TEST_APP_SECRET");
    byte[] body = utf8("test");
    String good = "sha256=0c61947b610d4f45e65f3d680e26027121ec2413e77598bcb6cfc6e0d9888221";

    assertThat(signatures.isValid(body, good)).isTrue();
    assertThat(signatures.isValid(utf8("test "), good)).isFalse();
    assertThat(signatures.isValid(body, null)).isFalse();
    assertThat(signatures.isValid(body, "sha256=")).isFalse();
    assertThat(signatures.isValid(body, "sha256=0c6")).isFalse();
    assertThat(signatures.isValid(body, "sha256=zz61947b610d4f45e65f3d680e26027121ec2413e77598bc"))
        .isFalse();
    assertThat(signatures.isValid(body, "sha1=3daa41999293ff66c3eb313e04bcf77861bb0276")).isFalse();
    assertThat(withSecret(null).isValid(body, good)).isFalse();
  }

  @Test
  void acceptsOnlyTheConfiguredVerifyToken() {
    MetaSignatures signatures = withSecret("s");

    assertThat(signatures.acceptsVerifyToken("verify-me")).isTrue();
    assertThat(signatures.acceptsVerifyToken("verify-me!")).isFalse();
    assertThat(signatures.acceptsVerifyToken(null)).isFalse();
    assertThat(new MetaSignatures(secrets("s", null)).acceptsVerifyToken("")).isFalse();
  }

  @Test
  void neverPrintsTheSecrets() {
    assertThat(secrets("s3cr3t", "t0k3n").toString())
        .doesNotContain("s3cr3t")
        .doesNotContain("t0k3n");
  }

  private static MetaSettings secrets(String appSecret, String verifyToken) {
    return new MetaSettings(appSecret, verifyToken, null, null, null, null);
  }
}
