package io.purser.console.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.console.conversation.ConversationScreen.TriageFact;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MessageDetailsTest {

  final MessageDetails details = new MessageDetails(JsonMapper.builder().build());

  @Test
  void readsAttachmentsStoredByThePipeline() {
    var stored =
        "[{\"type\":\"photo\",\"url\":\"https://pbs.twimg.com/media/a.jpg\",\"caption\":null},"
            + "{\"type\":\"quote\",\"url\":\"https://x.com/i/status/1\",\"caption\":\"quoted\"}]";

    assertThat(details.attachments(stored))
        .containsExactly(
            new MessageDetails.Attachment("photo", "https://pbs.twimg.com/media/a.jpg", null),
            new MessageDetails.Attachment("quote", "https://x.com/i/status/1", "quoted"));
  }

  @Test
  void cutsTheTextAroundEachRecordLocatorSoItCanBeOpened() {
    var text = "My conf is k7m2qx — and my wife's is VR8N3T 🙂";
    var stored =
        """
        {"personalData":[{"kind":"record_locator","start":11,"end":17,"masked":"K7M2QX"},
          {"kind":"record_locator","start":0,"end":6,"masked":"VR8N3T"},
          {"kind":"email","start":0,"end":2,"masked":"a***"}]}
        """;

    assertThat(details.parts(text, stored))
        .containsExactly(
            new MessageDetails.TextPart("My conf is ", null),
            new MessageDetails.TextPart("k7m2qx", "K7M2QX"),
            new MessageDetails.TextPart(" — and my wife's is ", null),
            new MessageDetails.TextPart("VR8N3T", "VR8N3T"),
            new MessageDetails.TextPart(" 🙂", null));
    assertThat(details.parts(text, stored).stream().map(MessageDetails.TextPart::text))
        .as("nothing of the text is lost or changed")
        .containsExactly("My conf is ", "k7m2qx", " — and my wife's is ", "VR8N3T", " 🙂");
  }

  @Test
  void aLocatorFoundByItsValueKeepsTheTextsOwnOffsetsWhateverUpperCaseWouldDo() {
    var stored =
        "{\"personalData\":[{\"kind\":\"record_locator\",\"start\":0,\"end\":6,\"masked\":\"K7M2QX\"}]}";

    assertThat(details.parts("Straße k7m2qx", stored))
        .containsExactly(
            new MessageDetails.TextPart("Straße ", null),
            new MessageDetails.TextPart("k7m2qx", "K7M2QX"));
  }

  @Test
  void aTextWithoutLocatorsIsOnePlainPartAndAnUnknownLocatorIsNotInvented() {
    var stored =
        "{\"personalData\":[{\"kind\":\"record_locator\",\"start\":0,\"end\":6,\"masked\":\"ZZZZZZ\"}]}";

    assertThat(details.parts("<script>alert(1)</script>", stored))
        .containsExactly(new MessageDetails.TextPart("<script>alert(1)</script>", null));
    assertThat(details.parts("", null)).isEmpty();
    assertThat(details.parts("no triage", null))
        .containsExactly(new MessageDetails.TextPart("no triage", null));
  }

  @Test
  void showsEachTriageFieldAsOneLineWithTheKeysOfItsWords() {
    var stored =
        """
        {"language":"en","personalData":[{"kind":"RECORD_LOCATOR","start":3,"end":9}],
         "needsResponse":true,"intent":"rebooking",
         "urgency":{"level":"high","reason":"departure_within_hours"},
         "brandActions":{"route":"vip"},"reasons":["intent:rebooking p=0.91","urgency:departure soon"],
         "sentiment":null}
        """;

    assertThat(details.triage(stored))
        .containsExactly(
            new TriageFact("language", "en", List.of()),
            new TriageFact("personalData", "RECORD_LOCATOR", List.of("pii.record_locator")),
            new TriageFact("needsResponse", "true", List.of("correction.yes")),
            new TriageFact("intent", "rebooking", List.of("intent.rebooking")),
            new TriageFact(
                "urgency",
                "high — departure_within_hours",
                List.of("urgency.high", "urgency.reason.departure_within_hours")),
            new TriageFact(
                "reasons", "intent:rebooking p=0.91; urgency:departure soon", List.of()));
  }

  @Test
  void aMessageWithoutTriageOrAttachmentsShowsNone() {
    assertThat(details.triage(null)).isEmpty();
    assertThat(details.attachments("")).isEmpty();
  }
}
