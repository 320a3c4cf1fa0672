package io.purser.assist.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.assist.ReplyContext;
import io.purser.assist.SolvedConversation;
import io.purser.assist.corpus.StarterCorpus;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real replies from the airline care dialogs, carried over to another customer. */
class AnswerTemplateTest {

  static final Triage triage = Triage.loadDefault();
  static final ReplyContext maria = new ReplyContext("Maria", "QX7PLM", "DL88", "*JS", "Demo Air");

  @Test
  void fillsInThisCustomersNameFlightAndTheAgentsSignature() {
    String adapted =
        template(
                "__cust__  Hi, Courtney. Thank you for the shout out for the flight crew on DL1646"
                    + " today! We appreciate you flying Delta. Have a good day.  *AJL")
            .fill(maria);
    assertThat(adapted)
        .isEqualTo(
            "Hi, Maria. Thank you for the shout out for the flight crew on DL88 today! We"
                + " appreciate you flying Delta. Have a good day. *JS");
  }

  @Test
  void neverCopiesTheSourceConversationsPersonalData() {
    String source =
        "__cust__ Hello, Holly. Your record locator GHT5KL is on flight 1031, estimated to depart"
            + " at 5:45 pm. Call 404-555-0123 or write to holly.jones@example.com. *TAC";
    for (ReplyContext context : new ReplyContext[] {maria, ReplyContext.none()}) {
      assertThat(template(source).fill(context))
          .doesNotContain("Holly", "GHT5KL", "1031", "5:45", "404-555-0123", "holly.jones", "TAC");
    }
    assertThat(template(source).fill(maria)).contains("Maria", "QX7PLM", "flight DL88");
  }

  @Test
  void copiesNoneOfThePersonalDataTriageFindsInThousandsOfRealReplies() {
    List<String> replies =
        StarterCorpus.conversations("any").stream()
            .map(SolvedConversation::reply)
            .filter(
                r ->
                    !triage.classify(TriageRequest.ofText(r)).personalData().isEmpty()
                        || SourceDetails.FLIGHT_CODE.matcher(r).find())
            .limit(300)
            .toList();
    assertThat(replies).hasSizeGreaterThan(100);
    for (String reply : replies) {
      String adapted = template(reply).fill(maria);
      triage.classify(TriageRequest.ofText(reply)).personalData().stream()
          .map(p -> reply.substring(p.start(), p.end()))
          .forEach(found -> assertThat(adapted).as(reply).doesNotContain(found));
      SourceDetails.FLIGHT_CODE
          .matcher(reply)
          .results()
          .forEach(flight -> assertThat(adapted).as(reply).doesNotContain(flight.group()));
    }
  }

  @Test
  void leavesTheNameOutAndTheVariableForTheAgentWhenTheDetailIsUnknown() {
    assertThat(
            template("__cust__  Cooper, I'm sorry about the Wi-Fi! Which flight was it, DL 2092?")
                .fill(ReplyContext.none()))
        .isEqualTo("I'm sorry about the Wi-Fi! Which flight was it, {flight}?");
    assertThat(template("__cust__ So sorry for the delay, Cory. Hang in there. ^SO").fill(maria))
        .isEqualTo("So sorry for the delay, Maria. Hang in there. *JS");
    assertThat(
            template("Hey there Skye, you can add them at the airport when you arrive. 1/2 *TMC")
                .fill(ReplyContext.none()))
        .isEqualTo("Hey there, you can add them at the airport when you arrive. 1/2");
  }

  @Test
  void givesTheSameKeyToTheSameAnswerWrittenForDifferentCustomers() {
    assertThat(template("Hi Jamie! Thanks for the compliment. *HKC").key())
        .isEqualTo(template("__cust__ Hi Lindsey! Thanks for the compliment. ^AB").key());
  }

  private static AnswerTemplate template(String reply) {
    return AnswerTemplate.of(reply, triage.classify(TriageRequest.ofText(reply)).personalData());
  }
}
