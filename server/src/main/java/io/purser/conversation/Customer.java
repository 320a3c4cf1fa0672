package io.purser.conversation;

import java.util.List;

/** A customer with their identity on each network. */
public record Customer(long id, String name, List<Identity> identities) {

  public record Identity(
      String network, String externalUserId, String handle, String displayName) {}
}
