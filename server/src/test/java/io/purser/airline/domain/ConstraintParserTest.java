package io.purser.airline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.airline.domain.TravelConstraint.ArriveBefore;
import io.purser.airline.domain.TravelConstraint.DepartAfter;
import io.purser.airline.domain.TravelConstraint.DepartBefore;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The customer's time wishes, read in English, French and Spanish. */
class ConstraintParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Can you put me on a flight after 6 pm? | 18:00",
        "anything after 6pm please | 18:00",
        "after 18:30 would be great | 18:30",
        "un vol après 18h svp | 18:00",
        "Je préfère partir après 20 h 15 | 20:15",
        "¿hay un vuelo después de las 6 de la tarde? | 18:00",
        "después de las 19:00 | 19:00"
      })
  void readsADepartureAfterATime(String text, String time) {
    assertThat(ConstraintParser.parse(text))
        .containsExactly(new DepartAfter(LocalTime.parse(time)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I need to arrive before 9 | 09:00",
        "I have to be there by 9am | 09:00",
        "je dois arriver avant 9h | 09:00",
        "necesito llegar antes de las 9 | 09:00",
        "I must land before noon | 12:00"
      })
  void readsAnArrivalBeforeATime(String text, String time) {
    assertThat(ConstraintParser.parse(text))
        .containsExactly(new ArriveBefore(LocalTime.parse(time)));
  }

  @Test
  void readsBothWishesOfOneMessage() {
    assertThat(ConstraintParser.parse("Leave after 7 am, and arrive before 2 pm."))
        .containsExactly(
            new DepartAfter(LocalTime.of(7, 0)), new ArriveBefore(LocalTime.of(14, 0)));
  }

  @Test
  void readsAPartOfTheDayWhenNoTimeIsGiven() {
    assertThat(ConstraintParser.parse("something in the evening?"))
        .containsExactly(new DepartAfter(LocalTime.of(17, 0)));
    assertThat(ConstraintParser.parse("plutôt le matin"))
        .containsExactly(new DepartBefore(LocalTime.NOON));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my flight was moved by 3 hours",
        "booked after 2019 prices went up",
        "after 25 years of loyalty",
        "before 13 pm",
        "DA118 JFK-CDG, booking K7M2QX",
        "''"
      })
  void findsNoWishWhereThereIsNone(String text) {
    assertThat(ConstraintParser.parse(text)).isEmpty();
  }

  @Test
  void nullTextHasNoWish() {
    assertThat(ConstraintParser.parse(null)).isEmpty();
  }
}
