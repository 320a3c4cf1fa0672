package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  static final Triage triage = Triage.loadDefault();

  static List<PersonalData> found(String text) {
    return triage.classify(TriageRequest.ofText(text)).personalData();
  }

  static List<String> kindsAndValues(String text) {
    return found(text).stream()
        .map(p -> p.kind().wireName() + "=" + text.substring(p.start(), p.end()))
        .toList();
  }

  @Test
  void findsRecordLocatorAfterConfirmationCode() {
    assertThat(kindsAndValues("@united my confirmation code is QX7T2K, please help"))
        .containsExactly("record_locator=QX7T2K");
  }

  @Test
  void findsLowerCaseRecordLocatorAfterConfNumber() {
    assertThat(kindsAndValues("conf # is fwwe7f, stuck in Norfolk"))
        .containsExactly("record_locator=fwwe7f");
  }

  @Test
  void doesNotTakeAirportCodeForRecordLocator() {
    assertThat(found("booking from JFK to LAX and then SFO, confirmation pending")).isEmpty();
  }

  @Test
  void doesNotTakeFlightNumberForRecordLocator() {
    assertThat(found("my confirmation says flight UA1234 but the gate says DL5678")).isEmpty();
  }

  @Test
  void doesNotTakeShoutedWordForRecordLocator() {
    assertThat(found("My booking code is PLEASE help, THANKS for NOTHING")).isEmpty();
  }

  @Test
  void doesNotTakeTailNumberOrAircraftTypeForRecordLocator() {
    assertThat(found("Row 9 window cover on N366SW, and the ERJ145 was cold")).isEmpty();
  }

  @Test
  void findsRecordLocatorAfterSpanishFrenchAndGermanCues() {
    assertThat(kindsAndValues("Mi localizador es XK4T9B y el vuelo IB3456 está retrasado"))
        .containsExactly("record_locator=XK4T9B");
    assertThat(kindsAndValues("Mon code de réservation est PQ8ZKM, vol AF1234 annulé"))
        .containsExactly("record_locator=PQ8ZKM");
    assertThat(kindsAndValues("Mein Buchungscode ist TZ9WQR, Flug LH400"))
        .containsExactly("record_locator=TZ9WQR");
  }

  @Test
  void masksPaymentCardExceptLastFour() {
    String text = "They charged my card 4111 1111 1111 1111 twice";
    TriageResult result = triage.classify(TriageRequest.ofText(text));

    assertThat(result.personalData())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(PersonalDataKind.PAYMENT_CARD);
              assertThat(p.masked()).isEqualTo("**** **** **** 1111");
            });
    assertThat(result.maskedText(text)).isEqualTo("They charged my card **** **** **** 1111 twice");
  }

  @Test
  void ignoresSixteenDigitsThatFailTheLuhnCheck() {
    assertThat(found("My card 4111 1111 1111 1112 was declined")).isEmpty();
  }

  @Test
  void findsETicketByAirlinePrefix() {
    assertThat(kindsAndValues("@Delta 0062395415777")).containsExactly("e_ticket=0062395415777");
    assertThat(kindsAndValues("Ticket number 016-2345678901 please refund"))
        .containsExactly("e_ticket=016-2345678901");
  }

  @Test
  void findsLoyaltyNumberAfterProgrammeNameAndLocatorAfterItsOwnCue() {
    assertThat(kindsAndValues("can you attach my AA FF# 94LXA62 to reservation E2KVM4"))
        .containsExactly("loyalty_number=94LXA62", "record_locator=E2KVM4");
  }

  @Test
  void findsPassportNumberOnlyInContext() {
    assertThat(kindsAndValues("Passport no. X1234567 was scanned wrong"))
        .containsExactly("passport=X1234567");
    assertThat(found("I waited 123456789 seconds")).isEmpty();
  }

  @Test
  void findsPhoneNumbersAndEmailButNotMentions() {
    assertThat(kindsAndValues("@united call me at (555) 123-4567 or j.doe@example.org"))
        .containsExactly("phone=(555) 123-4567", "email=j.doe@example.org");
  }

  @Test
  void doesNotTakeCaseReferencesOrBagTagsForPhoneNumbers() {
    assertThat(found("claims AA Ref#1-2990176298, tags 0016 964012")).isEmpty();
  }
}
