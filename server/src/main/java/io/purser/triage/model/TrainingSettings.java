package io.purser.triage.model;

/**
 * How heads are trained: stochastic gradient descent with AdaGrad step sizes on the softmax loss.
 *
 * @param bits hash bits of the feature space (2^bits buckets)
 * @param epochs passes over the training examples
 * @param learningRate AdaGrad's base step
 * @param l2 weight decay on the weights a step touches
 * @param classBalance 0 weighs every example alike, 1 weighs classes as if they were equally
 *     frequent (raises macro-F1 on rare intents)
 * @param seed shuffling seed: the same data and seed give the same model
 * @param runs how many differently shuffled runs are averaged
 * @param naiveBayesScaling whether each feature is scaled, per label, by its naive-Bayes log-count
 *     ratio before the regression learns it (NBSVM, Wang &amp; Manning 2012)
 */
public record TrainingSettings(
    int bits,
    int epochs,
    double learningRate,
    double l2,
    double classBalance,
    long seed,
    int runs,
    boolean naiveBayesScaling) {

  /** The same settings with naive-Bayes scaling on or off. */
  public TrainingSettings withNaiveBayesScaling(boolean on) {
    return new TrainingSettings(bits, epochs, learningRate, l2, classBalance, seed, runs, on);
  }

  /** The settings chosen by cross-validation on the training split (see docs/triage.md). */
  public static TrainingSettings defaults(long seed) {
    return new TrainingSettings(17, 6, 0.1, 1e-6, 0.5, seed, 3, true);
  }
}
