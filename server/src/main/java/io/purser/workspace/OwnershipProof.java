package io.purser.workspace;

/**
 * What a network said when asked who an access token belongs to, measured against the account a
 * workspace wants to register.
 */
public sealed interface OwnershipProof {

  /** The token belongs to the account: the caller controls it. */
  record Proven() implements OwnershipProof {}

  /** The network refused the token, or it belongs to another account. */
  record Disproven(String why) implements OwnershipProof {}

  /** The network could not be reached or gave no usable answer: try again later. */
  record NetworkUnavailable(String why, boolean answered) implements OwnershipProof {}
}
