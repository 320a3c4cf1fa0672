package io.purser.channels.x;

import io.purser.channels.outbound.TokenOwners;
import io.purser.workspace.AccountOwnershipCheck;
import io.purser.workspace.Network;
import io.purser.workspace.OwnershipProof;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** An X account is proven by its user token: {@code GET /2/users/me} must answer its id. */
@Component
class XAccountOwnership implements AccountOwnershipCheck {

  private final XApiClient client;

  XAccountOwnership(XSettings settings, ObjectProvider<Clock> clock) {
    this.client = new XApiClient(settings, clock.getIfAvailable(Clock::systemUTC));
  }

  @Override
  public boolean covers(Network network) {
    return network == Network.X;
  }

  @Override
  public OwnershipProof prove(Network network, String externalId, String accessToken) {
    return TokenOwners.proof(
        "X", client.whoAmI(accessToken), json -> json.path("data").get("id"), externalId);
  }
}
