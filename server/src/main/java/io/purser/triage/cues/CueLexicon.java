package io.purser.triage.cues;

import io.purser.triage.text.MessageText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The care phrases of each language triage reads (urgency, intent, time expressions, the words that
 * announce personal data), kept as data: one file per language, {@code cues/xx.txt} next to this
 * class's package in the resources, in sections such as {@code [urgency.missed_connection]}. See
 * {@code cues/README.md} for the format. One matcher reads them all.
 *
 * <p>A message is read with the phrases of its detected language and of English (care messages mix
 * in "check-in", "gate", "boarding pass"), so a word that means something else in another language
 * (French "hier", yesterday, is German for "here") is not taken from that language. A message whose
 * language is undetermined, or has no file, is read with every language. Immutable, thread-safe.
 */
public final class CueLexicon {

  /** The languages with a phrase file, English first. */
  public static final List<String> LANGUAGES =
      List.of("en", "es", "fr", "de", "pt", "it", "nl", "ar");

  /** The language of a message nothing tells: read with every language. */
  public static final String UNDETERMINED = "und";

  private static final String RESOURCE = "/io/purser/triage/cues/";
  private static final Set<String> VALUE_SECTIONS = Set.of("time.amount", "time.unit");
  private static final String NEGATION = "negation";
  private static final String NOT_AFTER = ".not_after";
  private static final String PATTERNS = "pii.";

  private static final CueLexicon STANDARD = load();

  /** Language → section → lines. */
  private final Map<String, Map<String, List<String>>> lines;

  private final Map<String, CueTables> byLanguage = new HashMap<>();
  private final CueTables all;

  CueLexicon(Map<String, Map<String, List<String>>> lines) {
    this.lines = lines;
    this.all = tables(List.copyOf(lines.keySet()));
    for (String language : lines.keySet()) {
      byLanguage.put(
          language, tables(language.equals("en") ? List.of("en") : List.of(language, "en")));
    }
  }

  /** The lexicon shipped in the jar. */
  public static CueLexicon standard() {
    return STANDARD;
  }

  /** The cues of a message read in {@code language} (an ISO 639-1 code, or {@code und}). */
  public CueHits scan(MessageText message, String language) {
    return scan(message.padded(), language);
  }

  /** The cues of a text read in {@code language} (an ISO 639-1 code, or {@code und}). */
  public CueHits scan(String text, String language) {
    return byLanguage.getOrDefault(language, all).scan(FoldedText.of(text).text());
  }

  /**
   * The lines of a section in every language, in the order of {@link #LANGUAGES}: for the {@code
   * pii.} sections, regular-expression fragments matched on folded text.
   */
  public List<String> allLines(String section) {
    List<String> out = new ArrayList<>();
    for (Map<String, List<String>> sections : lines.values()) {
      out.addAll(sections.getOrDefault(section, List.of()));
    }
    return out;
  }

  /** The sections each language's file has. */
  Map<String, Set<String>> sectionsByLanguage() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    lines.forEach((language, sections) -> out.put(language, sections.keySet()));
    return out;
  }

  private CueTables tables(List<String> languages) {
    List<CuePhrase> phrases = new ArrayList<>();
    Set<String> negations = new HashSet<>();
    Map<String, Set<String>> notAfter = new HashMap<>();
    Map<String, Map<String, Double>> values = new HashMap<>();
    for (String language : languages) {
      for (Map.Entry<String, List<String>> section : lines.get(language).entrySet()) {
        String name = section.getKey();
        for (String line : section.getValue()) {
          if (name.equals(NEGATION)) {
            negations.add(FoldedText.fold(line).trim());
          } else if (name.endsWith(NOT_AFTER)) {
            String of = name.substring(0, name.length() - NOT_AFTER.length());
            notAfter.computeIfAbsent(of, k -> new HashSet<>()).add(FoldedText.fold(line).trim());
          } else if (VALUE_SECTIONS.contains(name)) {
            String[] pair = line.split("=");
            values
                .computeIfAbsent(name, k -> new HashMap<>())
                .put(FoldedText.fold(pair[0]).trim(), Double.parseDouble(pair[1].trim()));
          } else if (!name.startsWith(PATTERNS)) {
            phrases.add(CuePhrase.parse(name, line));
          }
        }
      }
    }
    return new CueTables(phrases, negations, notAfter, values);
  }

  private static CueLexicon load() {
    Map<String, Map<String, List<String>>> lines = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE + language + ".txt")) {
        if (in == null) {
          throw new IllegalStateException("the cue lexicon " + language + ".txt is missing");
        }
        lines.put(language, read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the cue lexicon " + language, e);
      }
    }
    return new CueLexicon(lines);
  }

  /** Reads one language's file: "[section]" lines, then its phrases; "#" starts a comment. */
  static Map<String, List<String>> read(InputStream in) throws IOException {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        current =
            sections.computeIfAbsent(
                trimmed.substring(1, trimmed.length() - 1), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalArgumentException("a phrase before any [section]: " + trimmed);
      } else {
        current.add(trimmed);
      }
    }
    return sections;
  }
}
