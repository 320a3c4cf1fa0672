package io.purser.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Api;
import io.purser.testing.ConsoleSession;
import io.purser.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Console sign-in as an attacker tries it: guessable passwords, guessing many times, and user names
 * that leak from one workspace to another.
 */
class SignInIT extends IntegrationTest {

  static final String PASSPHRASE = "a long and quite unlikely passphrase";

  @Test
  void refusesAGuessablePasswordAndStoresNoUser() {
    var ws = api.newWorkspace();
    for (var guessable :
        new String[] {
          "1234",
          "short pw",
          "password1234567!",
          "!!Password2024!!!",
          "monkey123456789",
          "ana-" + ws.slug(),
          "  " + ws.slug().toUpperCase() + "  ",
          "Purser!2026-2027",
          "aaaaaaaaaaaaaaaaaaaa",
          "abababababababab"
        }) {
      var refused = createUser(ws, "ana-" + ws.slug(), guessable);
      assertThat(refused.status()).as(guessable).isEqualTo(400);
      assertThat(refused.raw().headers().firstValue("Content-Type").orElse(""))
          .contains("problem+json");
      assertThat(refused.body()).doesNotContain(guessable);
    }
    assertThat(api.get("/api/v1/users", ws.token()).json().get("items")).isEmpty();
    assertThat(new ConsoleSession(port).signIn(ws.slug(), "ana-" + ws.slug(), "1234"))
        .startsWith("/login?error");
  }

  @Test
  void acceptsAnyCharactersAndComparesPasswordsAfterNfkc() {
    var ws = api.newWorkspace();
    // Full-width letters and a composed é: NFKC turns them into the ASCII and composed forms
    // someone types on another keyboard.
    var typedOnOneKeyboard = "Ｍｙ ｃａｆｅ\u0301 ☕ has 64 seats and a view of the runway 27R at dawn!";
    var typedOnAnother = "My caf\u00e9 ☕ has 64 seats and a view of the runway 27R at dawn!";
    assertThat(createUser(ws, "bo", typedOnOneKeyboard).status()).isEqualTo(201);
    assertThat(new ConsoleSession(port).signIn(ws.slug(), "bo", typedOnAnother))
        .isEqualTo("/console");
    var longest = "x".repeat(200) + " and then some words ".repeat(2) + "é".repeat(10);
    assertThat(createUser(ws, "cy", longest).status()).isEqualTo(201);
    assertThat(new ConsoleSession(port).signIn(ws.slug(), "cy", longest)).isEqualTo("/console");
    assertThat(createUser(ws, "di", "y".repeat(257)).status()).isEqualTo(400);
  }

  @Test
  void slowsRepeatedGuessesButLetsTheRightPasswordInAfterTheWait() {
    var ws = api.newWorkspace();
    assertThat(createUser(ws, "eve", PASSPHRASE).status()).isEqualTo(201);
    var attacker = new ConsoleSession(port);
    String answer = null;
    int tries = 0;
    while (tries++ < 12) {
      answer = attacker.signIn(ws.slug(), "eve", "guess number " + tries);
      if (answer.startsWith("/login?throttled")) {
        break;
      }
      assertThat(answer).startsWith("/login?error");
    }
    assertThat(answer)
        .as("the back-off starts after a few failures")
        .startsWith("/login?throttled");
    assertThat(tries).isGreaterThan(LoginThrottle.FREE_PER_ACCOUNT_AND_ADDRESS);
    // Inside the wait even the right password is not checked: no session, no guess.
    assertThat(attacker.signIn(ws.slug(), "eve", PASSPHRASE)).startsWith("/login?throttled");
    assertThat(attacker.get("/console").statusCode()).isEqualTo(302);
  }

  @Test
  void userNamesAreUniquePerWorkspaceOnlyAndSignInNamesTheWorkspace() {
    var first = api.newWorkspace();
    var second = api.newWorkspace();
    assertThat(createUser(first, "sam", PASSPHRASE).status()).isEqualTo(201);
    var other = createUser(second, "sam", PASSPHRASE + " two");
    assertThat(other.status())
        .as("another tenant's user name is no secret to reveal")
        .isEqualTo(201);
    var again = createUser(second, "sam", PASSPHRASE + " three");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).doesNotContain(first.slug());

    assertThat(new ConsoleSession(port).signIn(first.slug(), "sam", PASSPHRASE))
        .isEqualTo("/console");
    assertThat(new ConsoleSession(port).signIn(second.slug(), "sam", PASSPHRASE))
        .startsWith("/login?error");
    var secondSam = new ConsoleSession(port);
    assertThat(secondSam.signIn(second.slug(), "sam", PASSPHRASE + " two")).isEqualTo("/console");
    assertThat(secondSam.get("/console").statusCode()).isEqualTo(200);
    // No workspace named: the installation's default workspace, which has no "sam".
    assertThat(new ConsoleSession(port).signIn("", "sam", PASSPHRASE)).startsWith("/login?error");
  }

  private Api.Response createUser(Api.Workspace ws, String username, String password) {
    return api.post(
        "/api/v1/users",
        ws.token(),
        Api.JSON
            .createObjectNode()
            .put("username", username)
            .put("password", password)
            .put("role", "AGENT")
            .toString());
  }
}
