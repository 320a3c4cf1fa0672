package io.purser.media;

import io.purser.media.domain.SeenFlight;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The media module's API: a conversation's attachments, their bytes, and the flights they show. */
@Service
public class MediaManagement {

  private final MediaStore store;

  MediaManagement(MediaStore store) {
    this.store = store;
  }

  /** Every attachment of the conversation, in message order. */
  public List<MediaView> forConversation(long workspaceId, long conversationId) {
    return store.forConversation(workspaceId, conversationId);
  }

  /** A stored image's bytes, only within its own workspace. */
  public Optional<MediaContent> content(long workspaceId, long mediaId) {
    return store.content(workspaceId, mediaId);
  }

  /** The flights read from these images, latest image first, each number once. */
  public static List<SeenFlight> flightsIn(List<MediaView> media) {
    var seen = new java.util.LinkedHashMap<String, SeenFlight>();
    for (int i = media.size() - 1; i >= 0; i--) {
      media.get(i).flights().forEach(f -> seen.putIfAbsent(f.number(), f));
    }
    return List.copyOf(seen.values());
  }
}
