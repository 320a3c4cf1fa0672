package io.purser.workspace;

/** A workspace's triage rules changed: whoever caches them must read them again. */
public record BrandRulesChanged(long workspaceId) {}
