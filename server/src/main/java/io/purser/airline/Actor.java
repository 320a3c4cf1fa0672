package io.purser.airline;

/** Who acts: a console user (or a token acting for one) or a workspace token (userId null). */
public record Actor(Long userId, String name, boolean supervisor) {}
