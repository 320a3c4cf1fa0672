package io.purser.channels.meta;

import io.purser.media.WhatsAppMediaLookup;
import org.springframework.stereotype.Component;

/** A WhatsApp media id's address on the configured Graph API. */
@Component
class GraphMediaLookup implements WhatsAppMediaLookup {

  private final String versionBase;

  GraphMediaLookup(MetaSettings settings) {
    this.versionBase = settings.graphBaseUrl().replaceAll("/+$", "") + "/" + settings.apiVersion();
  }

  @Override
  public String address(String mediaId) {
    return versionBase + "/" + mediaId;
  }
}
