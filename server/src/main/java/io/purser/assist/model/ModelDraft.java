package io.purser.assist.model;

import java.util.Objects;

/**
 * A reply drafted by the external model: shown labelled as the model's ({@link #LABEL_CODE}), for
 * an agent to read, edit and send. Nothing is sent from here.
 *
 * @param text the draft, still with the placeholders ({@code [BOOKING_REF]}, …) for the agent to
 *     fill: the real values never went to the model
 * @param model the model that wrote it, as the API named it
 */
public record ModelDraft(String text, String model) {

  /** The message key of the label shown on every model draft. */
  public static final String LABEL_CODE = "assist.model.draft.label";

  /** Where the draft comes from, as recorded with the reply if the agent uses it. */
  public static final String SOURCE = "external_model";

  public ModelDraft {
    Objects.requireNonNull(text, "text is required");
    Objects.requireNonNull(model, "model is required");
  }
}
