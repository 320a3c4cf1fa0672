package io.purser.triage;

import io.purser.triage.cues.CueHits;
import io.purser.triage.cues.CueLexicon;
import io.purser.triage.decision.CategoryDecision;
import io.purser.triage.decision.CategoryPolicy;
import io.purser.triage.decision.IntentDecision;
import io.purser.triage.decision.IntentPolicy;
import io.purser.triage.decision.MessageSignals;
import io.purser.triage.decision.SentimentBias;
import io.purser.triage.language.LanguageDetection;
import io.purser.triage.language.LanguageDetector;
import io.purser.triage.model.LinearHead;
import io.purser.triage.model.ModelCodec;
import io.purser.triage.model.SharedScorer;
import io.purser.triage.model.StrongestWords;
import io.purser.triage.model.TriageModel;
import io.purser.triage.pii.PersonalDataScanner;
import io.purser.triage.rules.CompiledRules;
import io.purser.triage.text.FeatureExtractor;
import io.purser.triage.text.Features;
import io.purser.triage.text.MessageText;
import io.purser.triage.urgency.UrgencyAssessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Triage of one message at a time: language, personal data, needs-a-response and category, intent,
 * sentiment, urgency and the brand's own rules, each with its reasons. Immutable and thread-safe
 * once built; build it once and share it.
 */
public final class Triage {

  /** Where the model shipped in the jar lives on the classpath. */
  public static final String DEFAULT_MODEL = "/io/purser/triage/triage-model.bin";

  private static final double DEFAULT_NEGATIVE_THRESHOLD = 0.3;

  private final TriageModel model;
  private final FeatureExtractor extractor;
  private final CategoryPolicy categories;
  private final CompiledRules rules;
  private final SharedScorer scorer;
  private final SentimentBias sentimentBias;
  private final MultilingualSentiment multilingual;
  private final LanguageDetector languages;
  private final PersonalDataScanner personalData = new PersonalDataScanner();
  private final UrgencyAssessor urgency = new UrgencyAssessor();

  private Triage(TriageModel model, CompiledRules rules, LanguageDetector languages) {
    this.model = model;
    this.languages = languages;
    this.extractor = model.extractor();
    this.categories =
        new CategoryPolicy(
            model.threshold(TriageModel.NEEDS_RESPONSE_NEGATIVE, DEFAULT_NEGATIVE_THRESHOLD));
    this.rules = rules;
    this.scorer = new SharedScorer(List.of(model.sentiment(), model.intent()));
    this.sentimentBias =
        new SentimentBias(
            new double[] {
              0,
              model.threshold(TriageModel.SENTIMENT_BIAS_NEUTRAL, 0),
              model.threshold(TriageModel.SENTIMENT_BIAS_POSITIVE, 0)
            });
    this.multilingual = MultilingualSentiment.of(model);
    if (!model.sentiment().labels().equals(List.of("negative", "neutral", "positive"))) {
      throw new IllegalArgumentException("expected sentiment labels negative, neutral, positive");
    }
  }

  /** Triage with the model shipped in the jar and no brand rules. */
  public static Triage loadDefault() {
    try (InputStream in = Triage.class.getResourceAsStream(DEFAULT_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("the triage model " + DEFAULT_MODEL + " is missing");
      }
      return of(ModelCodec.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the triage model " + DEFAULT_MODEL, e);
    }
  }

  /** Triage with a model file written by {@code purser train triage}. */
  public static Triage fromModelFile(Path modelFile) throws IOException {
    return of(ModelCodec.read(Files.readAllBytes(modelFile)));
  }

  /** Triage with a model already in memory and no brand rules. */
  public static Triage of(TriageModel model) {
    return new Triage(model, new CompiledRules(List.of()), LanguageDetector.anyLanguage());
  }

  /** The same triage with the brand's rules (replacing any it had); throws on an invalid rule. */
  public Triage withRules(List<BrandRule> brandRules) {
    return new Triage(model, new CompiledRules(brandRules), languages);
  }

  /**
   * The same triage answering only the languages a workspace serves (ISO 639-1 codes); a message in
   * another language is {@code und}, with the language recognised in its reasons, so routing offers
   * it to any agent rather than to one who cannot read it.
   */
  public Triage withLanguages(Set<String> served) {
    return new Triage(model, rules, LanguageDetector.serving(served));
  }

  /** The version of the model in use. */
  public String modelVersion() {
    return model.version();
  }

  /** Triage of one message; never throws for any text. */
  public TriageResult classify(TriageRequest request) {
    MessageText message = MessageText.of(request.text());
    List<String> reasons = new ArrayList<>(8);
    LanguageDetection detected = languages.detect(message);
    String language = detected.language();
    // Sentiment and cues read the language recognised, also when the workspace does not serve it.
    String read = detected.detected();
    reasons.add(detected.reason());
    List<PersonalData> found = personalData.scan(message.original());
    found.forEach(p -> reasons.add("personal_data:" + p.kind().wireName()));
    Features features = extractor.extract(message.tokens());
    double[][] heads = scorer.probabilities(features);
    boolean english = multilingual == null || !multilingual.reads(read);
    double[] sp = english ? heads[0] : multilingual.probabilities(features);
    Sentiment sentiment =
        english
            ? sentiment(sp, message, features, reasons)
            : multilingual.decide(sp, read, message, features, reasons);
    MessageSignals signals =
        MessageSignals.of(message, request.isPublic(), request.inReplyToBrandPost());
    CategoryDecision category =
        (english ? categories : multilingual.categories())
            .decide(probability(sp, "negative"), probability(sp, "positive"), signals);
    category = BrandCategory.override(model, features, category, request.isPublic());
    reasons.add("category:" + category.category().wireName() + " rule=" + category.rule());
    CueHits cues = CueLexicon.standard().scan(message, read);
    Intent intent = intent(heads[1], message, cues, features, category, reasons);
    BrandActions actions = rules.apply(message.original(), language, request.authorHandle());
    actions.rulesFired().forEach(name -> reasons.add("brand_rule:" + name));
    boolean needsResponse = category.category().needsResponse() && !actions.hidden();
    Urgency level = urgency.assess(cues, request.createdAt(), needsResponse, reasons);
    return new TriageResult(
        language,
        found,
        needsResponse,
        category.category(),
        intent,
        sentiment,
        level,
        actions,
        reasons,
        model.version());
  }

  private Sentiment sentiment(
      double[] p, MessageText message, Features features, List<String> reasons) {
    int best = sentimentBias.decide(p);
    String label = model.sentiment().labels().get(best);
    reasons.add(
        StrongestWords.explain(
            scorer, 0, "sentiment", label, best, p[best], message.tokens(), features));
    return Sentiment.fromWireName(label);
  }

  private Intent intent(
      double[] p,
      MessageText message,
      CueHits cues,
      Features features,
      CategoryDecision category,
      List<String> reasons) {
    LinearHead head = model.intent();
    boolean complaint = category.category() == Category.COMPLAINT;
    IntentDecision decision = IntentPolicy.decide(head.labels(), p, cues, complaint);
    int best = argMax(p);
    reasons.add(
        decision.rule().equals("model")
            ? StrongestWords.explain(
                scorer,
                1,
                "intent",
                head.labels().get(best),
                best,
                p[best],
                message.tokens(),
                features)
            : "intent:" + decision.intent().wireName() + " rule=" + decision.rule());
    return decision.intent();
  }

  private double probability(double[] p, String label) {
    int i = model.sentiment().labels().indexOf(label);
    return i < 0 ? 0 : p[i];
  }

  static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
