package io.purser.workspace;

/**
 * A channel account was registered. Deliveries held as unroutable for it are not handed to the
 * workspace by this: only the installation's operator releases them.
 */
public record ChannelAccountRegistered(long workspaceId, Network network, String externalId) {}
