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
      })
  void recognisesWhatTheMessageIsAbout(String expected, String text) {
    assertThat(triage.classify(TriageRequest.ofText(text)).intent().wireName()).isEqualTo(expected);
  }
}
