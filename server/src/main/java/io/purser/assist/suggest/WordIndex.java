package io.purser.assist.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A TF-IDF index of word lists: each document a vector of sublinear term frequency times inverse
 * document frequency, L2-normalised, kept as postings per word so a query touches only the
 * documents sharing a word with it. Immutable and thread-safe once built.
 */
public final class WordIndex {

  private final Map<String, Postings> postings;
  private final int size;

  private record Postings(int[] docs, float[] weights, double idf) {}

  /** One document found, with its cosine similarity to the query. */
  public record Hit(int doc, double similarity) {}

  private WordIndex(Map<String, Postings> postings, int size) {
    this.postings = postings;
    this.size = size;
  }

  /** The index of {@code documents}; document {@code i} is {@code documents.get(i)}. */
  public static WordIndex of(List<List<String>> documents) {
    List<Map<String, Integer>> counts = new ArrayList<>(documents.size());
    Map<String, Integer> df = new HashMap<>();
    for (List<String> words : documents) {
      Map<String, Integer> tf = counts(words);
      tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      counts.add(tf);
    }
    int n = documents.size();
    Map<String, Postings> postings = new HashMap<>(df.size() * 2);
    Map<String, Integer> filled = new HashMap<>(df.size() * 2);
    df.forEach((w, d) -> postings.put(w, new Postings(new int[d], new float[d], idf(n, d))));
    for (int doc = 0; doc < n; doc++) {
      Map<String, Integer> tf = counts.get(doc);
      double length = length(tf, postings);
      for (var e : tf.entrySet()) {
        Postings p = postings.get(e.getKey());
        int at = filled.merge(e.getKey(), 1, Integer::sum) - 1;
        p.docs()[at] = doc;
        p.weights()[at] = (float) (weight(e.getValue(), p.idf()) / length);
      }
    }
    return new WordIndex(postings, n);
  }

  /** How many documents the index holds. */
  public int size() {
    return size;
  }

  /** The {@code k} documents most similar to {@code query}, most similar first. */
  public List<Hit> nearest(List<String> query, int k) {
    Map<String, Integer> tf = counts(query);
    double length = length(tf, postings);
    if (length == 0) {
      return List.of();
    }
    float[] scores = new float[size];
    int[] touched = new int[size];
    int count = 0;
    for (var e : tf.entrySet()) {
      Postings p = postings.get(e.getKey());
      if (p != null) {
        float q = (float) (weight(e.getValue(), p.idf()) / length);
        for (int i = 0; i < p.docs().length; i++) {
          int doc = p.docs()[i];
          if (scores[doc] == 0) {
            touched[count++] = doc;
          }
          scores[doc] += q * p.weights()[i];
        }
      }
    }
    return best(scores, touched, count, k);
  }

  private static List<Hit> best(float[] scores, int[] touched, int count, int k) {
    // The weakest hit on top; among equals the later document, so results are deterministic.
    Comparator<Hit> weakestFirst =
        Comparator.comparingDouble(Hit::similarity)
            .thenComparing(Hit::doc, Comparator.reverseOrder());
    PriorityQueue<Hit> top = new PriorityQueue<>(k + 1, weakestFirst);
    for (int i = 0; i < count; i++) {
      int doc = touched[i];
      Hit hit = new Hit(doc, scores[doc]);
      if (top.size() < k || weakestFirst.compare(hit, top.peek()) > 0) {
        top.add(hit);
        if (top.size() > k) {
          top.poll();
        }
      }
    }
    List<Hit> hits = new ArrayList<>(top);
    hits.sort(weakestFirst.reversed());
    return hits;
  }

  private static Map<String, Integer> counts(List<String> words) {
    Map<String, Integer> tf = new HashMap<>();
    words.forEach(w -> tf.merge(w, 1, Integer::sum));
    return tf;
  }

  /** The Euclidean length of a TF-IDF vector; words the index lacks weigh nothing. */
  private static double length(Map<String, Integer> tf, Map<String, Postings> postings) {
    double sum = 0;
    for (var e : tf.entrySet()) {
      Postings p = postings.get(e.getKey());
      sum += p == null ? 0 : Math.pow(weight(e.getValue(), p.idf()), 2);
    }
    return Math.sqrt(sum);
  }

  private static double idf(int documents, int withWord) {
    return Math.log((documents + 1.0) / (withWord + 1.0)) + 1;
  }

  private static double weight(int termFrequency, double idf) {
    return (1 + Math.log(termFrequency)) * idf;
  }
}
