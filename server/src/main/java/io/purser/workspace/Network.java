package io.purser.workspace;

import java.util.Arrays;

/** A social network Purser receives messages from and replies on. */
public enum Network {
  X("x"),
  FACEBOOK("facebook"),
  INSTAGRAM("instagram"),
  WHATSAPP("whatsapp");

  private final String wireName;

  Network(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in the REST API and in the database: {@code x}, {@code facebook}, … */
  public String wireName() {
    return wireName;
  }

  /** Reads a wire name, ignoring case; throws when the name is not one of ours. */
  public static Network fromWireName(String name) {
    return Arrays.stream(values())
        .filter(n -> n.wireName.equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown network '"
                        + name
                        + "', expected one of x, facebook, instagram, whatsapp"));
  }
}
