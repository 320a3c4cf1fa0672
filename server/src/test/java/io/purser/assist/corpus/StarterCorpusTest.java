package io.purser.assist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.assist.SolvedConversation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StarterCorpusTest {

  @Test
  void shipsOnlyTrainingConversations() {
    List<SolvedConversation> all = StarterCorpus.conversations("no such brand");
    assertThat(all).hasSizeGreaterThan(30_000);
    assertThat(all).noneMatch(c -> DialogSplit.isTest(c.id()));
  }

  @Test
  void givesABrandItsOwnConversations() {
    assertThat(StarterCorpus.conversations("Delta"))
        .hasSizeBetween(7_000, 9_000)
        .hasSizeLessThan(StarterCorpus.conversations("any").size());
  }

  /**
   * A suggestion must never speak for another airline: no reply learnt from the corpus names the
   * airline that wrote it, or any corpus airline's loyalty programme, lounge or status tier.
   */
  @Test
  void speaksForNoAirlineOfTheCorpus() {
    var answeringAirline =
        java.util.Map.of(
            "Delta", Pattern.compile("\\bDelta\\b"),
            "AmericanAir", Pattern.compile("\\bAmerican Airlines\\b"),
            "British_Airways", Pattern.compile("\\bBritish Airways\\b"),
            "SouthwestAir", Pattern.compile("\\bSouthwest\\b|\\bSWA\\b"));
    var products =
        Pattern.compile(
            "SkyMiles|AAdvantage|Rapid Rewards|Executive Club|Sky ?Club|Admirals Club|Medallion"
                + "|A-List|Avios|I-FLY-SWA");
    int branded = 0;
    for (Dialog d : StarterCorpus.dialogs()) {
      branded += answeringAirline.get(d.airline()).matcher(d.reply()).find() ? 1 : 0;
      String learnt = d.solved().reply();
      assertThat(learnt).as(d.reply()).doesNotContainPattern(answeringAirline.get(d.airline()));
      assertThat(learnt).as(d.reply()).doesNotContainPattern(products);
    }
    assertThat(branded).as("replies that named their airline").isGreaterThan(500);
  }

  @Test
  void keepsTheSenseOfRealRepliesWithoutTheirBrand() {
    assertThat(
            new Dialog("1", "Delta", "q", "We appreciate you flying Delta and SkyMiles. *AJL")
                .solved()
                .reply())
        .isEqualTo("We appreciate you flying {brand} and {loyalty_program}. *AJL");
    assertThat(
            new Dialog(
                    "2",
                    "British_Airways",
                    "q",
                    "Have you spoken to AA as the last carrier? BA flights earn Avios. BA2490 ^R")
                .solved()
                .reply())
        .as("the partner stays, the flight number is left for the template")
        .isEqualTo(
            "Have you spoken to AA as the last carrier? {brand} flights earn points. BA2490 ^R");
    assertThat(
            new Dialog(
                    "3",
                    "SouthwestAir",
                    "q",
                    "Please call 1-800-I-FLY-SWA, our A-List Preferred desk. Southwest Airlines ^NA")
                .solved()
                .reply())
        .isEqualTo("Please call {phone}, our {status} desk. {brand} ^NA");
    assertThat(
            new Dialog("4", "AmericanAir", "q", "American has no plans to change. North American")
                .solved()
                .reply())
        .isEqualTo("{brand} has no plans to change. North American");
  }

  @Test
  void writesTheTrainingSplitAndReadsItBack() throws IOException {
    var test = new Dialog("6", "Delta", "bag\tlost", "Sorry!");
    var training = new Dialog("7", "Delta", "my bag\nis lost", "So sorry! *TMC");
    var out = new ByteArrayOutputStream();
    assertThat(StarterCorpus.write(List.of(test, training), out)).isEqualTo(1);
    assertThat(StarterCorpus.read(new ByteArrayInputStream(out.toByteArray())))
        .containsExactly(new Dialog("7", "Delta", "my bag is lost", "So sorry! *TMC"));
  }
}
