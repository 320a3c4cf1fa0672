package io.purser.workspace;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A workspace's own registration of a channel account: the network must first confirm that the
 * access token is the account's, and only then does Purser look at whether the id is taken. In that
 * order, a workspace that cannot prove ownership never learns whether another workspace holds the
 * id.
 */
@Service
class ChannelAccountClaims {

  private final List<AccountOwnershipCheck> checks;
  private final WorkspaceManagement workspaces;

  ChannelAccountClaims(List<AccountOwnershipCheck> checks, WorkspaceManagement workspaces) {
    this.checks = checks;
    this.workspaces = workspaces;
  }

  /** Not transactional on purpose: no database transaction stays open while the network answers. */
  WorkspaceManagement.Registration claim(
      long workspaceId, Network network, String externalId, String name, String accessToken) {
    var proof = prove(network, externalId, accessToken);
    if (!(proof instanceof OwnershipProof.Proven)) {
      return new WorkspaceManagement.Registration.Unproven(proof);
    }
    return workspaces.register(workspaceId, network, externalId, name, accessToken);
  }

  private OwnershipProof prove(Network network, String externalId, String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      return new OwnershipProof.Disproven(
          "an access token of the " + network.wireName() + " account is required");
    }
    return checks.stream()
        .filter(check -> check.covers(network))
        .findFirst()
        .map(check -> check.prove(network, externalId, accessToken))
        .orElseGet(
            () ->
                new OwnershipProof.NetworkUnavailable(
                    "Purser cannot ask " + network.wireName() + " about tokens", false));
  }
}
