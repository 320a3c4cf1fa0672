package io.purser.workspace;

/**
 * A brand's account on a network, registered in one workspace: the X account id, the Facebook page
 * id, the Instagram account id or the WhatsApp Business Account id, as the network's webhooks name
 * it.
 */
public record ChannelAccount(
    long id,
    long workspaceId,
    Network network,
    String externalId,
    String name,
    String accessToken) {

  /** Never prints the access token. */
  @Override
  public String toString() {
    return "ChannelAccount[id=%d, workspace=%d, %s %s '%s']"
        .formatted(id, workspaceId, network.wireName(), externalId, name);
  }
}
