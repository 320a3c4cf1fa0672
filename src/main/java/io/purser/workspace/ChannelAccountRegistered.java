package io.purser.workspace;

/** A channel account was registered: deliveries held as unroutable for it can now be processed. */
public record ChannelAccountRegistered(long workspaceId, Network network, String externalId) {}
