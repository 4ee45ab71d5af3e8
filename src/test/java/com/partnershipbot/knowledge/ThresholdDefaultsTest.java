package com.partnershipbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The calibrated thresholds are the code's defaults, so a bot.yml without a matching block answers as well. */
class ThresholdDefaultsTest {

  @Test
  void theShippedThresholdsAreTheDefaults() throws Exception {
    MatchingSettings shipped = new ConfigLoader().load(Path.of("bot-config")).settings().matching();

    assertThat(shipped).isEqualTo(MatchingSettings.defaults());
  }

  @Test
  void theSchemaDescribesTheDefaults() throws Exception {
    String schema = Files.readString(Path.of("bot-config/schema/bot.schema.json"));

    assertThat(schema).contains("(default " + MatchingSettings.DEFAULT_ANSWER_THRESHOLD + ")",
        "(default " + MatchingSettings.DEFAULT_CLARIFY_THRESHOLD + ")",
        "(default " + MatchingSettings.DEFAULT_CLARIFY_MARGIN + ")",
        "(default " + MatchingSettings.DEFAULT_SUGGEST_THRESHOLD + ")");
  }
}
