package io.purser.triage;

import io.purser.triage.decision.CategoryDecision;
import io.purser.triage.model.LinearHead;
import io.purser.triage.model.TriageModel;
import io.purser.triage.text.Features;
import java.util.Optional;

/**
 * Lets a category head learned from a brand's own corrections overrule the general category rules
 * when it is confident. Private messages stay requests: the context is stronger evidence than a
 * brand's public history.
 */
final class BrandCategory {

  static final double CONFIDENT = 0.6;

  private BrandCategory() {}

  static CategoryDecision override(
      TriageModel model, Features features, CategoryDecision general, boolean isPublic) {
    Optional<LinearHead> head = model.category();
    if (head.isEmpty() || !isPublic) {
      return general;
    }
    double[] p = head.get().probabilities(features);
    int best = Triage.argMax(p);
    if (p[best] < CONFIDENT) {
      return general;
    }
    return new CategoryDecision(
        Category.fromWireName(head.get().labels().get(best)), "brand_category_model");
  }
}
