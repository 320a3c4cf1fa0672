package io.purser.ingest.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.purser.identity.PurserPrincipal;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import io.purser.triage.TriageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Triage of any text, with the context that changes the answer: what the pipeline does per message.
 */
@RestController
class TriageController {

  private final Triage triage;

  TriageController(Triage triage) {
    this.triage = triage;
  }

  /** Field names as in DESIGN.md ({@code public}); snake_case forms are accepted too. */
  record TriageQuery(
      @NotNull @Size(max = 100_000) String text,
      @Pattern(regexp = "x|facebook|instagram|whatsapp") String network,
      @JsonProperty("public") @JsonAlias("isPublic") Boolean isPublic,
      @JsonAlias("in_reply_to_brand_post") Boolean inReplyToBrandPost,
      @JsonAlias("author_handle") String authorHandle,
      @JsonAlias("created_at") Instant createdAt) {}

  @PostMapping("/api/v1/triage")
  TriageResult classify(PurserPrincipal principal, @Valid @RequestBody TriageQuery query) {
    return triage.classify(
        new TriageRequest(
            query.text(),
            query.network() == null ? "x" : query.network(),
            query.isPublic() == null || query.isPublic(),
            Boolean.TRUE.equals(query.inReplyToBrandPost()),
            query.authorHandle(),
            query.createdAt()));
  }
}
