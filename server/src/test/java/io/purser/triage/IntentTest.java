package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentTest {

  static final Triage triage = Triage.loadDefault();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "delay | @united flight delayed 3 hours again, still sitting at the gate",
        "cancellation | @USAirways my flight was Cancelled Flightled and no rebooking offered",
        "baggage_lost | @united my bag never arrived, lost luggage for 3 days",
        "baggage_damaged | @AmericanAir my suitcase came back damaged with a broken handle",
        "crew | @united the flight attendant was so rude to my mother",
        "refund | @Delta I want a refund for the wifi that never worked",
        "special_assistance | @united I need a wheelchair at ORD for my father",
        "rebooking | My return flight was moved 3 hours earlier and I can't make it. Can you rebook"
            + " me on the one in the screenshot? Booking K7M2QX",
      })
  void recognisesWhatTheMessageIsAbout(String expected, String text) {
    assertThat(triage.classify(TriageRequest.ofText(text)).intent().wireName()).isEqualTo(expected);
  }
}
