package com.partnershipbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Periods as admins write them for the report. */
class LookbackTest {

  @ParameterizedTest
  @CsvSource({"7d, PT168H, last 7 days", "7, PT168H, last 7 days", "1d, PT24H, last day", "2w, PT336H, last 2 weeks",
      "12h, PT12H, last 12 hours", " 30D , PT720H, last 30 days"})
  void readsDaysWeeksAndHours(String text, String duration, String label) {
    Lookback lookback = Lookback.parse(text);
    assertThat(lookback.duration()).isEqualTo(Duration.parse(duration));
    assertThat(lookback.label()).isEqualTo(label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "week", "7 days", "-7d", "7m", "1.5d"})
  void explainsTheFormOfAPeriod(String text) {
    assertThatThrownBy(() -> Lookback.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("write it like 7d (days), 2w (weeks) or 12h (hours)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0d", "0", "3651d", "600w"})
  void refusesPeriodsOutOfRange(String text) {
    assertThatThrownBy(() -> Lookback.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
  }
}
