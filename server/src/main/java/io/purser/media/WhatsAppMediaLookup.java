package io.purser.media;

/**
 * Where the Graph API answers with a WhatsApp media id's short-lived download address. The Meta
 * channel implements it from its own settings, so media reads no Meta configuration itself.
 */
@FunctionalInterface
public interface WhatsAppMediaLookup {

  /** The Graph API address of {@code mediaId}, {@code {base}/{version}/{mediaId}}. */
  String address(String mediaId);
}
