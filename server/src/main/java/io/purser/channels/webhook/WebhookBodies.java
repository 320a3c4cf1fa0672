package io.purser.channels.webhook;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads webhook bodies exactly as they arrived (signatures are over the raw bytes), refusing any
 * over 1 MiB without reading further, and tells well-formed JSON from garbage without building it.
 */
@Component
public class WebhookBodies {

  /** Bodies over this size get 413. Real deliveries are a few kilobytes. */
  public static final int MAX_BYTES = 1024 * 1024;

  private final JsonMapper json;

  public WebhookBodies(JsonMapper json) {
    this.json = json;
  }

  /** The raw body, or empty when it is larger than {@link #MAX_BYTES}. */
  public Optional<byte[]> read(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      return Optional.empty();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BYTES + 1);
      return body.length > MAX_BYTES ? Optional.empty() : Optional.of(body);
    }
  }

  /** Whether the body is one well-formed JSON object. */
  public boolean isJsonObject(byte[] body) {
    try (var parser = json.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (JacksonException e) {
      return false;
    }
  }

  public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
