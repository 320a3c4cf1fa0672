package io.purser.workspace;

/** A brand: the unit of isolation. Nothing of one workspace is visible from another. */
public record Workspace(long id, String slug, String name) {}
