package io.purser.triage.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frequent words of each language, from {@code language-words.txt}: for each word, the weight
 * it gives each language. A word found in one language only counts fully; a word shared by {@code
 * n} languages counts {@code 1/n} for each.
 */
final class LanguageWords {

  private static final String RESOURCE = "/io/purser/triage/language-words.txt";

  final List<String> languages;
  final Map<String, float[]> weights;

  private LanguageWords(List<String> languages, Map<String, float[]> weights) {
    this.languages = List.copyOf(languages);
    this.weights = Map.copyOf(weights);
  }

  static LanguageWords load() {
    try (InputStream in = LanguageWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static LanguageWords parse(BufferedReader reader) throws IOException {
    List<String> languages = new ArrayList<>();
    Map<String, List<Integer>> owners = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int colon = line.indexOf(':');
      if (line.startsWith("#") || colon < 0) {
        continue;
      }
      int index = languages.size();
      languages.add(line.substring(0, colon).trim());
      for (String word : line.substring(colon + 1).trim().split("\\s+")) {
        List<Integer> list = owners.computeIfAbsent(word, w -> new ArrayList<>());
        if (!list.contains(index)) {
          list.add(index);
        }
      }
    }
    Map<String, float[]> weights = new HashMap<>();
    owners.forEach(
        (word, list) -> {
          float[] w = new float[languages.size()];
          list.forEach(i -> w[i] = 1f / list.size());
          weights.put(word, w);
        });
    return new LanguageWords(languages, weights);
  }
}
