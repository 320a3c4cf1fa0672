package io.purser.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.BoundSettings;
import io.purser.identity.login.PasswordHashing;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  static final PasswordPolicy policy = new PasswordPolicy(BoundSettings.of(LoginSettings.class));

  @Test
  void asksForFifteenCharactersByDefaultAndAcceptsAnyOfThem() {
    assertThat(policy.problem("1234", "ana", "acme")).hasValueSatisfying(p -> p.contains("15"));
    assertThat(policy.problem("fourteen chars", "ana", "acme")).isPresent();
    assertThat(policy.problem("fifteen chars!!", "ana", "acme")).isEmpty();
    assertThat(policy.problem("всё ещё пароль №1", "ana", "acme")).isEmpty();
    assertThat(policy.problem("🛫🛬 night flight 🌙", "ana", "acme")).isEmpty();
    assertThat(policy.problem("no digits no capitals at all", "ana", "acme")).isEmpty();
  }

  @Test
  void countsCharactersAfterNfkcNotBytes() {
    // 15 emoji are 30 UTF-16 units and 60 bytes, but 15 characters.
    assertThat(policy.problem("😀".repeat(14), "ana", "acme")).isPresent();
    assertThat(policy.problem("😀🙂😃😄😁😆😅🤣😂🙃😉😊😇🥰😍", "ana", "acme")).isEmpty();
  }

  @Test
  void refusesWhatAttackersTryFirst() {
    assertThat(policy.problem("Password1234567", "ana", "acme")).isPresent();
    assertThat(policy.problem("  iloveyou!!!!!!!  ", "ana", "acme")).isPresent();
    assertThat(policy.problem("purser-2026-2027", "ana", "acme")).isPresent();
    assertThat(policy.problem("ana.lopez.ramirez", "ana.lopez.ramirez", "acme")).isPresent();
    assertThat(policy.problem("acme-airlines-2026", "ana", "acme-airlines")).isPresent();
    assertThat(policy.problem("zzzzzzzzzzzzzzzzzzzz", "ana", "acme")).isPresent();
    assertThat(policy.problem("121212121212121212", "ana", "acme")).isPresent();
  }

  @Test
  void bindsLengthFromAboveToo() {
    assertThat(policy.problem("word ".repeat(51), "ana", "acme")).isEmpty();
    assertThat(policy.problem("w".repeat(PasswordPolicy.MAX_LENGTH + 1), "ana", "acme"))
        .isPresent();
  }

  @Test
  void anInstallationWithASecondFactorMayAskForEightButNoFewer() {
    var eight = new PasswordPolicy(new LoginSettings(null, 8, null, null));
    assertThat(eight.problem("tarmac42", "ana", "acme")).isEmpty();
    assertThat(eight.problem("password", "ana", "acme")).isPresent();
    assertThat(eight.problem("baseball", "ana", "acme")).isPresent();
    assertThatThrownBy(() -> new LoginSettings(null, 7, null, null))
        .hasMessageContaining("at least 8");
  }

  @Test
  void storesAnyLengthAndMatchesAcrossUnicodeForms() {
    var encoder = PasswordHashing.encoder();
    var longest = "é".repeat(PasswordPolicy.MAX_LENGTH);
    var hash = encoder.encode(longest);
    assertThat(hash).startsWith("{" + PasswordHashing.CURRENT + "}");
    assertThat(encoder.matches(longest, hash)).isTrue();
    assertThat(encoder.matches("e\u0301".repeat(PasswordPolicy.MAX_LENGTH), hash)).isTrue();
    assertThat(encoder.matches("é".repeat(PasswordPolicy.MAX_LENGTH - 1) + "e", hash)).isFalse();
    var legacy =
        "{bcrypt}"
            + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("demo");
    assertThat(encoder.matches("demo", legacy)).isTrue();
  }
}
