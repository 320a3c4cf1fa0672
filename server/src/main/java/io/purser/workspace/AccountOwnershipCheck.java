package io.purser.workspace;

/**
 * Asks a network who an access token belongs to. Implemented by the channels module, which knows
 * each network's API, so that this module stays free of network code; a workspace registering an
 * account must pass this check, so nobody can claim an account whose token they do not hold.
 */
public interface AccountOwnershipCheck {

  /** True when this check knows how to ask {@code network}. */
  boolean covers(Network network);

  /**
   * Whether {@code accessToken} is the network's token of the account {@code externalId}. Never
   * throws for network trouble; never stores or logs the token.
   */
  OwnershipProof prove(Network network, String externalId, String accessToken);
}
