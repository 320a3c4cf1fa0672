package io.purser.demo.sandbox;

import io.purser.demo.DemoSettings;
import io.purser.workspace.ChannelAccount;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's accounts as the networks know them, and the check of a call's bearer token against the
 * token the demo registered for the account it acts for.
 */
@Component
@Profile("demo")
class SandboxAccounts {

  private final WorkspaceManagement workspaces;
  private final DemoSettings settings;

  SandboxAccounts(WorkspaceManagement workspaces, DemoSettings settings) {
    this.workspaces = workspaces;
    this.settings = settings;
  }

  DemoSettings settings() {
    return settings;
  }

  /**
   * A call the network refuses because its bearer token is not the one the demo registered for the
   * account it acts for. Each sandbox answers it in its network's own error shape.
   */
  static final class UnknownToken extends RuntimeException {

    UnknownToken() {
      super("the bearer token is not the demo account's", null, false, false);
    }
  }

  /**
   * The X account the token acts for.
   *
   * @throws UnknownToken when it is not the demo's X token
   */
  ChannelAccount x(String authorization) {
    return holding(Network.X, settings.xAccountId(), authorization).orElseThrow(UnknownToken::new);
  }

  /**
   * The Meta account a Graph API node belongs to: the page, the Instagram account, or the WhatsApp
   * business phone number (whose account is the WABA).
   *
   * @throws UnknownToken when the node is no account of the demo's or the token is not its token
   */
  ChannelAccount meta(String node, String authorization) {
    return accountOf(node, authorization).orElseThrow(UnknownToken::new);
  }

  /**
   * For a node that is not an account (a comment): whichever Meta account holds the token.
   *
   * @throws UnknownToken when it is neither the page's nor the Instagram account's token
   */
  ChannelAccount metaByToken(String authorization) {
    return holding(Network.FACEBOOK, settings.facebookPageId(), authorization)
        .or(() -> holding(Network.INSTAGRAM, settings.instagramAccountId(), authorization))
        .orElseThrow(UnknownToken::new);
  }

  private Optional<ChannelAccount> accountOf(String node, String authorization) {
    if (settings.facebookPageId().equals(node)) {
      return holding(Network.FACEBOOK, node, authorization);
    }
    if (settings.instagramAccountId().equals(node)) {
      return holding(Network.INSTAGRAM, node, authorization);
    }
    if (settings.whatsAppPhoneNumberId().equals(node)
        || settings.whatsAppAccountId().equals(node)) {
      return holding(Network.WHATSAPP, settings.whatsAppAccountId(), authorization);
    }
    return Optional.empty();
  }

  private Optional<ChannelAccount> holding(Network network, String id, String authorization) {
    var token = bearer(authorization);
    if (token == null) {
      return Optional.empty();
    }
    return workspaces
        .findAccount(network, id)
        .filter(account -> account.accessToken() != null && same(account.accessToken(), token));
  }

  private static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    var token = authorization.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
