package io.purser.channels.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** X's v1.1 dates are read by position; the result must be the general formatter's, always. */
class XJsonDateTest {

  private static final DateTimeFormatter V11 =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

  @Test
  void readsWhatTheFormatterReadsForAnyInstantAndOffset() {
    var random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      var instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L));
      var offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
      var text = V11.format(instant.atOffset(offset));
      assertThat(XJson.v11Date(text)).as(text).isEqualTo(instant);
      assertThat(XJson.date(text)).as(text).isEqualTo(ZonedDateTime.parse(text, V11).toInstant());
    }
  }

  @Test
  void aFixtureDate() {
    assertThat(XJson.date("Wed Oct 10 20:19:24 +0000 2018"))
        .isEqualTo(Instant.parse("2018-10-10T20:19:24Z"));
    assertThat(XJson.date("Fri Aug 21 19:10:05 -0230 2020"))
        .isEqualTo(Instant.parse("2020-08-21T21:40:05Z"));
  }

  @Test
  void aWrongDayNameOrImpossibleFieldsGiveNoDateAsTheFormatterWould() {
    assertThat(XJson.date("Thu Oct 10 20:19:24 +0000 2018")).isNull();
    assertThat(XJson.date("Wed Oct 32 20:19:24 +0000 2018")).isNull();
    assertThat(XJson.date("Wed Oct 10 24:19:24 +0000 2018")).isNull();
    assertThat(XJson.date("Wed Oct 10 20:19:24 +0099 2018")).isNull();
    assertThat(XJson.date("Wed Foo 10 20:19:24 +0000 2018")).isNull();
    assertThat(XJson.date("Wed Oct 1x 20:19:24 +0000 2018")).isNull();
  }

  @Test
  void otherShapesGoToTheFormatterOrGiveNoDate() {
    assertThat(XJson.v11Date("Wed Oct 10 20:19:24 +0000 18")).isNull();
    assertThat(XJson.date("Wed Oct 10 20:19:24 +0000 18")).isNull();
    assertThat(XJson.date("2018-10-10T20:19:24.000Z"))
        .isEqualTo(Instant.parse("2018-10-10T20:19:24Z"));
    assertThat(XJson.date("yesterday")).isNull();
    assertThat(XJson.date("")).isNull();
    assertThat(XJson.date(null)).isNull();
  }
}
