package io.purser.media;

/** A stored attachment's bytes and their sniffed type. */
public record MediaContent(String contentType, byte[] bytes) {}
