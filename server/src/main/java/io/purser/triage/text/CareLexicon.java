package io.purser.triage.text;

import java.util.Arrays;
import java.util.List;

/**
 * Hand-written care words of Spanish, French, German, Portuguese, Italian and Arabic for the
 * sentiment-lexicon summary ({@link SentimentLexicon}): delays, cancellations, lost things,
 * waiting, anger and disappointment on one side, thanks and praise on the other, with and without
 * their accents (tweets often drop them). They matter most where the training data is thin: the
 * multilingual data is general-domain tweets, which rarely say "retraso" or "Zugausfall", so the
 * summary lets a care word borrow the weight of the many negative words the data does teach.
 * Negation ("no", "pas", "nicht", "kein", "não", "non") is handled as for English, by {@link
 * Negation}: a word under a negation counts for the other side.
 *
 * <p>No word here occurs in the English airline tweets (words that do, such as "gracias" or
 * "bravo", were left out), so the English heads see exactly the features they saw before, and
 * retraining gives them bit for bit the same weights.
 */
final class CareLexicon {

  /** Negative care words, one string per language, separated by spaces. */
  static final List<String> NEGATIVE =
      List.of(
          // Spanish
          "retraso retrasos retrasado retrasada retrasaron demora demoras demorado cancelado cancelada cancelados cancelaron cancelación cancelacion perdí perdi perdido perdida pérdida perdieron perdimos esperando horas peor pésimo pesimo pésima pesima fatal vergüenza verguenza vergonzoso indignante indignado indignada inaceptable queja reclamación reclamacion reembolso asco harto harta hartos odio desastre caos estafa incompetentes ridículo ridiculo tirado tirados varado varados atrapado problema problemas roto rota rotas dañada dañado sucio grosero groseros maleducado decepcionado decepcionada decepción decepcion lamentable mal malo mala malísimo vergonzosa overbooking colas nadie jamás",
          // French
          "retard retardé retarde retardée annulé annule annulée annulee annulés annulation perdu perdue perdus perdues attente heures pire nul nulle honte honteux scandale scandaleux inadmissible inacceptable catastrophe galère galere marre déçu decu déçue déception deception arnaque remboursement plainte réclamation reclamation problème probleme problèmes bloqué bloque bloqués coincé coince coincés raté ratée rater manqué incompétents lamentable pourri merde insupportable mauvais mauvaise cassé cassée énervé enerve",
          // German
          "verspätung verspaetung verspätungen verspätet verspaetet ausgefallen ausfall zugausfall gestrichen storniert verpasst verloren wartezeit stunden schlimm schlimmste schlecht schlechter schlechteste katastrophe katastrophal frechheit unverschämt unverschaemt skandal peinlich ärgerlich aergerlich ärger nervt nervig genervt sauer enttäuscht enttaeuscht enttäuschend scheiße scheisse kaputt defekt störung stoerung störungen überfüllt ueberfuellt beschwerde erstattung entschädigung entschaedigung probleme gestrandet unfreundlich unmöglich unmoeglich spät spaet zugausfälle schade ausgefallene",
          // Portuguese
          "atraso atrasos atrasado atrasada atrasou cancelado cancelada cancelaram cancelamento perdi perdido perderam esperando pior péssimo pessimo péssima pessima horrível horrivel vergonha absurdo ridículo lixo merda raiva odeio ódio decepcionado decepcionada decepção decepcao reclamação reclamacao reembolso descaso desrespeito quebrado quebrada triste ruim preso presos palhaçada palhacada chato chata",
          // Italian
          "ritardo ritardi cancellato cancellata cancellati soppresso soppressa perso persa persi smarrito smarrita attesa aspettando peggiore pessimo pessima orribile terribile vergogna schifo assurdo ridicolo inaccettabile vergognoso vergognosa disservizio disagio disagi rimborso reclamo problemi rotto rotta bloccato bloccati delusione deluso delusa incompetenti maleducato brutto brutta sciopero",
          // Arabic
          "تأخير تأخر التأخير إلغاء الغاء ملغي سيء سيئ أسوأ فاشل مشكلة زفت للأسف");

  /** Positive care words, one string per language, separated by spaces. */
  static final List<String> POSITIVE =
      List.of(
          // Spanish
          "genial excelente increíble increible perfecto perfecta encanta encantó encanto amable amables mejor buena buen feliz maravilloso maravillosa estupendo fantástico fantastico agradecido agradecida enhorabuena felicidades rápido",
          // French
          "merci génial parfait parfaite sympa agréable agreable formidable magnifique contente heureux heureuse impeccable efficace rapide bien bon bonne meilleur",
          // German
          "danke vielen klasse prima großartig grossartig perfekt freundlich pünktlich puenktlich schnell hilfreich gut bestens freue zufrieden spitze wunderbar schön schoen angenehm",
          // Portuguese
          "obrigado obrigada valeu ótimo otimo ótima otima excelente perfeito perfeita maravilhoso maravilhosa amei adoro adorei incrível incrivel lindo linda feliz parabéns parabens boa melhor gentil",
          // Italian
          "grazie ottimo ottima perfetto perfetta bravi bello bella bellissimo bellissima fantastico meraviglioso gentile gentili felice contento contenta complimenti buono buona efficiente puntuale migliore",
          // Arabic
          "شكرا رائع ممتاز جميل أحسن سعيد الحمدلله");

  /**
   * Everyday sentiment words of general tweets in the same languages (sadness, fear, insults and
   * swearing, boredom, tiredness on one side; love, joy, laughter, beauty, congratulations on the
   * other): the multilingual training data is general-domain tweets, where customers' anger and
   * praise are said with these as often as with care words. Kept apart from the care words so
   * either list can be read or changed alone; the same rule holds (no word here occurs in the
   * English airline tweets, and none is in the lists above).
   */
  static final List<String> EVERYDAY_NEGATIVE =
      List.of(
          // Spanish
          "tristeza llorar lloro llorando mierda puta puto joder jodido jodida cabreado cabreada enfadado enfadada enojado enojada miedo dolor duele feo fea aburrido aburrida cansado cansada muerte deprimido deprimida mentira mentiras mentiroso ladrones corruptos penoso penosa lástima lastima culpa fallo preocupado preocupada imbécil imbecil idiota estúpido estúpida estupido estupida gilipollas basura porquería porqueria maldito maldita desgracia lamentablemente desgraciadamente insoportable injusto injusticia malas malos sufrir sufriendo ansiedad angustia molesto molesta rabia furioso furiosa odiar odia patético patetico vergonzosos pobre difícil dificil",
          // French
          "tristesse pleurer pleure peur haine déteste deteste putain chiant chiante connard connards salaud affreux dégoûté degoute dégoûtée degoutee fatigué fatiguee ennui ennuie malheureusement malheur mort morts guerre mensonge mensonges menteur voleurs injuste dégueulasse degueulasse horreur naze relou chier",
          // German
          "traurig hass hasse mist doof blöd bloed dumm idioten kotzen ätzend aetzend furchtbar schrecklich leider krank müde muede langweilig böse boese wütend wuetend tod krieg weinen lüge lügen luege kacke scheiß scheiss hässlich haesslich traurige schlimmer elend",
          // Portuguese
          "chorar chorando choro medo dor dói doi porra caralho foda fodido saco cansei chateado chateada irritado irritada nojo nojento feio feia ninguém ninguem sozinho sozinha ladrão ladrao ladrões ladroes corrupto lamentável lamentavel infelizmente sofrer sofrendo ansiedade angústia burro burra injustiça injustica mau má bosta droga morrer morrendo pqp aff affs fdp vsf difícil dificil errado errada",
          // Italian
          "tristezza piangere piango paura dolore odiare cazzo vaffanculo stronzo stronzi incazzato incazzata arrabbiato arrabbiata nervoso peggio depresso depressa bugia bugie bugiardo ladri ladro corrotti purtroppo soffrire ansia angoscia preoccupato preoccupata stupido stupida cretino cretini imbecille maledetto maledetta ingiusto ingiustizia cattivo cattiva noia noioso stanco stanca pessimi orrendo squallido squallida tristi disastro fallimento morto morti morte guerra schifoso schifosa difficile sacrifici tasse crisi");

  /** Everyday positive words, one string per language, separated by spaces (see above). */
  static final List<String> EVERYDAY_POSITIVE =
      List.of(
          // Spanish
          "bonito bonita precioso preciosa hermoso hermosa guapo guapa divertido divertida alegría alegria felicidad amo amor orgullo orgulloso orgullosa disfrutar disfruta disfrutando buenísimo buenisimo jajaja jaja jajajaja jeje risa éxito exito emoción emocion emocionado emocionada gusta gustó gusto encantado encantada guay chulo ídolo idolo suerte felices genio bienvenido bienvenida",
          // French
          "aime amour bonheur joie drôle drole mdr ptdr félicitations felicitations chouette belle beau bisous magnifiques adorable",
          // German
          "liebe lieb geil glücklich gluecklich freude lustig wunderschön wunderschoen süß suess herzlichen glückwunsch gratuliere schönen schöne schoene geniales freu",
          // Portuguese
          "felicidade sucesso orgulho orgulhoso kk rsrs fofo fofa gostei gosto gostoso gostosa massa sorte beijo beijos bjs lindos lindas",
          // Italian
          "brava amore felicità felicita allegria divertente fantastica stupendo stupenda splendido splendida magnifico meraviglia meravigliosa auguri buon buongiorno buonanotte evviva orgoglio fiero fiera carino carina simpatico simpatica successo vittoria ahahah bellissimi bellissime");

  private CareLexicon() {}

  /** The words of one of the lists above. */
  static List<String> words(List<String> perLanguage) {
    return perLanguage.stream().flatMap(line -> Arrays.stream(line.split(" "))).toList();
  }
}
