package io.purser.ingest;

/**
 * For tests outside the module: a delivery's body as the pipeline parses it, with the characters no
 * database stores (NUL, lone surrogates) already replaced by U+FFFD.
 */
public final class StorableBodies {

  private StorableBodies() {}

  public static byte[] asParsed(byte[] body) {
    return UnstorableCharacters.replacedIn(body);
  }
}
