package io.purser.media;

import io.purser.conversation.ConversationEvents.AttachmentsReceived;
import io.purser.media.MediaStore.NewMedia;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Notes a customer's attachments in the transaction that stores the message, so none is forgotten
 * by a crash; the {@link MediaWorker} fetches them afterwards, outside it. Videos and sound are not
 * kept (they are large and OCR cannot read them): they are listed with the reason.
 */
@Component
class MediaListener {

  private static final Set<String> NOT_KEPT =
      Set.of("video", "audio", "animated_gif", "location", "contacts");

  private final MediaStore store;
  private final ObjectMapper json;
  private final Clock clock;

  MediaListener(MediaStore store, ObjectMapper json, Clock clock) {
    this.store = store;
    this.json = json;
    this.clock = clock;
  }

  @EventListener
  void on(AttachmentsReceived event) {
    var attachments = attachments(event.attachmentsJson());
    if (!attachments.isEmpty()) {
      store.enqueue(
          event.workspaceId(),
          event.conversationId(),
          event.messageId(),
          event.network(),
          event.channelAccountId(),
          event.createdAt(),
          attachments,
          clock.instant());
    }
  }

  List<NewMedia> attachments(String stored) {
    var result = new ArrayList<NewMedia>();
    JsonNode all = json.readTree(stored);
    int position = 0;
    for (JsonNode a : all) {
      var kind = text(a, "type");
      var url = text(a, "url");
      var caption = text(a, "caption");
      var folded = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
      if (NOT_KEPT.contains(folded)) {
        result.add(new NewMedia(position, kind, url, caption, "skipped", folded + " is not kept"));
      } else if (url == null || url.startsWith("geo:")) {
        result.add(new NewMedia(position, kind, url, caption, "skipped", "nothing to fetch"));
      } else {
        result.add(new NewMedia(position, kind, url, caption, "pending", null));
      }
      position++;
    }
    return result;
  }

  private static String text(JsonNode node, String field) {
    var value = node.path(field);
    return value.isString() && !value.asString().isBlank() ? value.asString() : null;
  }
}
