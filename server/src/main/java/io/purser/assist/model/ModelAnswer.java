package io.purser.assist.model;

import java.util.Objects;

/** What the external model gave: a draft, or the problem that prevented one. */
public sealed interface ModelAnswer {

  /** The model drafted a reply. */
  record Drafted(ModelDraft draft) implements ModelAnswer {
    public Drafted {
      Objects.requireNonNull(draft, "draft is required");
    }
  }

  /**
   * No draft.
   *
   * @param problem why, with its message key
   * @param detail what happened, for the logs (HTTP status, the API's own words, the cause)
   */
  record Failed(ModelProblem problem, String detail) implements ModelAnswer {
    public Failed {
      Objects.requireNonNull(problem, "problem is required");
      detail = detail == null ? "" : detail;
    }
  }
}
