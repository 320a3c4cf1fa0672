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
  void aNumberInsideALinkIsAPageIdNotACard() {
    // 4539578763621486 passes the Luhn check: outside a link it is a card.
    assertThat(kindsAndValues("my card 4539578763621486 was charged twice"))
        .containsExactly("payment_card=4539578763621486");
    assertThat(found("Write to us: https://x.com/messages/compose?recipient_id=4539578763621486"))
        .isEmpty();
    assertThat(
            found("see www.example.com/status/4539578763621486 and (http://t.co/4539578763621486)"))
        .isEmpty();
    // A link glued to a word does not start a link: the number is judged as usual.
    assertThat(kindsAndValues("xhttps://4539578763621486"))
        .containsExactly("payment_card=4539578763621486");
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

  // The scanners check cheap conditions first (a digit, + or ( before reading a number; a digit or
  // six capitals before looking at a code). These cases sit at the edges of those checks.

  @Test
  void findsCardsWrittenWithSpacesDashesOrNothingBetweenTheGroups() {
    assertThat(kindsAndValues("card 4111-1111-1111-1111 thx"))
        .containsExactly("payment_card=4111-1111-1111-1111");
    assertThat(kindsAndValues("4111111111111111")).containsExactly("payment_card=4111111111111111");
    // A number read from an opening parenthesis starts there, as phone numbers like (555) do.
    assertThat(kindsAndValues("(4111 1111 1111 1111)"))
        .containsExactly("payment_card=(4111 1111 1111 1111");
  }

  @Test
  void readsNumbersStartingWithPlusOrParenthesisAtTheStartOfTheText() {
    assertThat(kindsAndValues("+44 20 7946 0958 is my number"))
        .containsExactly("phone=+44 20 7946 0958");
    assertThat(kindsAndValues("(+44) 20 7946 0958")).containsExactly("phone=(+44) 20 7946 0958");
    assertThat(kindsAndValues("(555) 123-4567")).containsExactly("phone=(555) 123-4567");
  }

  @Test
  void doesNotReadANumberThatContinuesAWord() {
    assertThat(found("order A4111111111111111")).isEmpty();
  }

  @Test
  void digitsOfOtherScriptsAreNotReadAsNumbers() {
    // Full-width and Arabic-Indic digits: the number scanner reads ASCII digits only.
    assertThat(found("my card ４１１１１１１１１１１１１１１１ is full width")).isEmpty();
    assertThat(found("card ٤١١١١١١١١١١١١١١١")).isEmpty();
  }

  @Test
  void findsAnEmailWhateverComesBeforeItsAtSign() {
    assertThat(kindsAndValues("mail:john.doe@example.com."))
        .containsExactly("email=john.doe@example.com");
    assertThat(found("mail me at @example.com or a@b")).isEmpty();
  }

  @Test
  void findsCodesOfSixCapitalsOrWithDigitsButNotOrdinaryWords() {
    assertThat(kindsAndValues("confirmation XQTRZK")).containsExactly("record_locator=XQTRZK");
    assertThat(kindsAndValues("confirmation xq7trz")).containsExactly("record_locator=xq7trz");
    assertThat(found("confirmation pending")).isEmpty();
    assertThat(found("confirmation XQTRZKW")).isEmpty();
    assertThat(found("confirmation 123456")).isEmpty();
  }
}
