package io.purser.channels.meta;

import io.purser.channels.outbound.JsonGet;
import io.purser.channels.outbound.TokenOwners;
import io.purser.workspace.AccountOwnershipCheck;
import io.purser.workspace.Network;
import io.purser.workspace.OwnershipProof;
import org.springframework.stereotype.Component;

/**
 * Meta accounts are proven by the token their replies are sent with: a Page token reads {@code /me}
 * as its Page, and the Instagram account is the one connected to that Page; a WhatsApp system-user
 * token can read its WhatsApp Business Account, which no other token can.
 */
@Component
class MetaAccountOwnership implements AccountOwnershipCheck {

  private final GraphApiClient graph;

  MetaAccountOwnership(GraphApiClient graph) {
    this.graph = graph;
  }

  @Override
  public boolean covers(Network network) {
    return network == Network.FACEBOOK
        || network == Network.INSTAGRAM
        || network == Network.WHATSAPP;
  }

  @Override
  public OwnershipProof prove(Network network, String externalId, String accessToken) {
    return switch (network) {
      case FACEBOOK ->
          TokenOwners.proof(
              "Facebook", graph.get("me", "id", accessToken), json -> json.get("id"), externalId);
      case INSTAGRAM ->
          TokenOwners.proof(
              "Instagram",
              graph.get("me", "id,instagram_business_account", accessToken),
              json -> json.path("instagram_business_account").get("id"),
              externalId);
      case WHATSAPP -> whatsApp(externalId, accessToken);
      case X -> throw new IllegalArgumentException("X accounts are not Meta's to prove");
    };
  }

  private OwnershipProof whatsApp(String wabaId, String accessToken) {
    if (!wabaId.matches("[0-9]{1,32}")) {
      // The id becomes a path segment: only the digits Meta's ids are made of go there.
      return new OwnershipProof.Disproven("a WhatsApp Business Account id is a number");
    }
    JsonGet.Answer answer = graph.get(wabaId, "id", accessToken);
    return TokenOwners.proof("WhatsApp", answer, json -> json.get("id"), wabaId);
  }
}
