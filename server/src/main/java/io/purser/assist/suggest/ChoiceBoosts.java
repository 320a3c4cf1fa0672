package io.purser.assist.suggest;

import io.purser.assist.text.RougeL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What agents chose, as a boost per answer (template key): each time an agent sends a suggestion
 * the answer gains up to {@value #PER_CHOICE}, in proportion to how much of it they kept (ROUGE-L
 * between the suggestion and what was sent), so an answer agents keep rewriting gains little. In
 * memory and thread-safe; persisting it is the caller's business.
 */
public final class ChoiceBoosts {

  static final double PER_CHOICE = 0.25;

  private final Map<String, Double> kept = new ConcurrentHashMap<>();

  /** Records that an agent sent {@code sent} after choosing the suggestion {@code suggested}. */
  public void record(String templateKey, String suggested, String sent) {
    double similarity = RougeL.of(suggested, sent);
    kept.merge(templateKey, similarity, Double::sum);
  }

  /** The factor an answer's score is multiplied by: 1 for an answer never chosen. */
  public double factor(String templateKey) {
    return 1 + PER_CHOICE * kept.getOrDefault(templateKey, 0.0);
  }
}
