package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Content: the shipped bot-config/ passes {@code validate}, as an admin would run it before a release. */
class ShippedConfigTest {
  @Test
  void theShippedConfigIsValid() {
    Cli.Run run = run("validate", "--config", "bot-config");

    assertThat(run.exitCode()).as(run.out()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines.get(lines.size() - 1)).matches("bot-config: valid, \\d+ answers, \\d+ warnings?\\b.*");
  }
}
