package io.purser.channels.outbound;

import io.purser.workspace.OwnershipProof;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a network's answer to "whose token is this?" as a proof, or disproof, that the token is the
 * claimed account's.
 */
public final class TokenOwners {

  private TokenOwners() {}

  /**
   * @param network the network's name for messages, such as {@code X}
   * @param answer what the network said
   * @param ownerId where the answer names the token's account; a missing node means none
   * @param claimedId the account the caller says the token belongs to
   */
  public static OwnershipProof proof(
      String network,
      JsonGet.Answer answer,
      Function<JsonNode, JsonNode> ownerId,
      String claimedId) {
    if (answer instanceof JsonGet.Answer.Unreachable unreachable) {
      return new OwnershipProof.NetworkUnavailable(
          network + " could not be reached: " + unreachable.why(), false);
    }
    if (answer instanceof JsonGet.Answer.Unusable unusable) {
      return new OwnershipProof.NetworkUnavailable(network + " " + unusable.why(), true);
    }
    if (answer instanceof JsonGet.Answer.Refused refused) {
      return new OwnershipProof.Disproven(
          network + " refused the access token (HTTP " + refused.status() + ")");
    }
    var owner = ownerId.apply(((JsonGet.Answer.Body) answer).json());
    if (owner == null || !(owner.isString() || owner.isNumber())) {
      return new OwnershipProof.Disproven(network + " names no account for the access token");
    }
    if (!owner.asString().equals(claimedId)) {
      // The other account's id is not echoed: the caller learns only that it is not this one.
      return new OwnershipProof.Disproven(
          "the access token belongs to another " + network + " account than " + claimedId);
    }
    return new OwnershipProof.Proven();
  }
}
