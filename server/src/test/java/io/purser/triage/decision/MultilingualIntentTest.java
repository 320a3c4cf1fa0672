package io.purser.triage.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.triage.Triage;
import io.purser.triage.cues.CueLexicon;
import io.purser.triage.model.ModelCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the model is unsure (as the English model is of other languages), a phrase of the message's
 * language names the intent: a Spanish "maleta perdida" is lost baggage, a German "Erstattung" a
 * refund. A message with no such phrase keeps the model's choice.
 */
class MultilingualIntentTest {

  /** The intents the shipped model was trained on. */
  private static final List<String> LABELS = intentLabels();

  private static List<String> intentLabels() {
    try (InputStream in = Triage.class.getResourceAsStream(Triage.DEFAULT_MODEL)) {
      return ModelCodec.read(in).intent().labels();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model unsure of everything, customer service first by a hair. */
  private static IntentDecision decide(String language, String text) {
    double[] p = new double[LABELS.size()];
    Arrays.fill(p, 0.1);
    p[LABELS.indexOf("customer_service")] = 0.2;
    return IntentPolicy.decide(LABELS, p, CueLexicon.standard().scan(text, language), true);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | Mi maleta perdida desde el lunes y nadie me contesta | baggage_lost",
        "es | Mi maleta todavía no ha llegado a Lima | baggage_lost",
        "es | quiero el reembolso de mi billete YA | refund",
        "es | mi vuelo fue cancelado sin aviso | cancellation",
        "es | llevamos 3 horas de retraso en Barajas | delay",
        "es | necesito cambiar mi vuelo al jueves | rebooking",
        "es | necesito una silla de ruedas en Madrid | special_assistance",
        "es | no puedo hacer el check-in online | check_in",
        "es | la maleta llegó rota | baggage_damaged",
        "de | Koffer verloren in Frankfurt, was nun? | baggage_lost",
        "de | Mein Koffer ist immer noch nicht angekommen | baggage_lost",
        "de | Ich will eine Erstattung für den ausgefallenen Flug | refund",
        "de | Flug annulliert, keine Info | cancellation",
        "de | 2 Stunden Verspätung und keine Durchsage | delay",
        "de | Kann ich meinen Flug umbuchen? | rebooking",
        "de | Anschlusszug verpasst, wie komme ich jetzt nach Köln? | rebooking",
        "de | Ich möchte einen Fensterplatz | seat",
        "fr | bagage perdu depuis trois jours | baggage_lost",
        "fr | ma valise n'est toujours pas arrivée | baggage_lost",
        "fr | je demande le remboursement de mon billet | refund",
        "fr | vol annulé sans explication | cancellation",
        "fr | encore 2h de retard | delay",
        "fr | impossible d'imprimer ma carte d'embarquement | check_in",
        "pt | bagagem extraviada em Lisboa | baggage_lost",
        "pt | a minha mala ainda não chegou | baggage_lost",
        "pt | quero o reembolso da passagem | refund",
        "pt | voo cancelado e ninguém avisou | cancellation",
        "pt | voo atrasado há 4 horas | delay",
        "it | bagaglio smarrito a Fiumicino | baggage_lost",
        "it | la mia valigia non è ancora arrivata | baggage_lost",
        "it | voglio il rimborso del biglietto | refund",
        "it | volo cancellato senza preavviso | cancellation",
        "it | due ore di ritardo a Linate | delay",
        "ar | حقيبتي ضائعة منذ يومين | baggage_lost",
        "ar | أريد استرداد قيمة التذكرة | refund",
        "ar | تم إلغاء رحلتي | cancellation",
        "ar | تأخير الرحلة ثلاث ساعات | delay",
        "ar | فاتتني الرحلة بسبب تأخير الطائرة | rebooking",
        "und | Perdieron mi maleta en Bogotá | baggage_lost",
        "es | PERDIERON MI MALETA | baggage_lost",
        "es | me deben un reembolsó, reembolso, reembolso | refund",
      })
  void aPhraseOfTheLanguageNamesTheIntent(String language, String text, String intent) {
    IntentDecision decision = decide(language, text);
    assertThat(decision.intent().wireName()).isEqualTo(intent);
    assertThat(decision.rule()).startsWith("keyword words=");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | no pasa nada, gracias",
        "de | kein Problem, danke",
        "fr | merci pour votre aide",
        "it | grazie mille per l'aiuto",
        "pt | obrigado pela ajuda",
        // French "retard" is not read in a message detected as English.
        "en | what a retard move by your agent",
      })
  void withoutSuchAPhraseTheModelDecides(String language, String text) {
    assertThat(decide(language, text).rule()).isEqualTo("model");
  }
}
