package io.purser.assist.model;

import io.purser.assist.model.ModelRequest.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAI chat completions format: the request body we write and the answer we read. */
final class ChatCompletion {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  record Message(String role, String content) {}

  record Body(String model, List<Message> messages, double temperature, boolean stream) {}

  private ChatCompletion() {}

  /** The request body, every text masked. */
  static byte[] body(ModelSettings settings, ModelRequest request, PersonalDataMask mask) {
    var messages = new ArrayList<Message>();
    if (!request.instructions().isBlank()) {
      messages.add(new Message("system", mask.mask(request.instructions())));
    }
    for (var turn : request.conversation()) {
      String role = turn.speaker() == Speaker.CUSTOMER ? "user" : "assistant";
      messages.add(new Message(role, mask.mask(turn.text())));
    }
    return JSON.writeValueAsBytes(
        new Body(settings.model(), messages, settings.temperature(), false));
  }

  /** The first choice's text and the model's name, or empty when the answer is not the format. */
  static Optional<ModelDraft> draft(byte[] answer, String requestedModel) {
    try {
      JsonNode root = JSON.readTree(answer);
      JsonNode content = root.path("choices").path(0).path("message").path("content");
      if (!content.isString() || content.stringValue().isBlank()) {
        return Optional.empty();
      }
      JsonNode model = root.path("model");
      return Optional.of(
          new ModelDraft(
              content.stringValue().strip(),
              model.isString() ? model.stringValue() : requestedModel));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
