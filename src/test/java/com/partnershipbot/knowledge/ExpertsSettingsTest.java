package com.partnershipbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code experts:} block of bot.yml: what it turns on, and the located messages for what it gets wrong. */
class ExpertsSettingsTest {
  private final ConfigLoader loader = new ConfigLoader();

  @TempDir
  Path dir;

  @Test
  void aCompleteBlockLoadsWithItsTimes() throws Exception {
    Path config = withExperts("experts:\n  slack_channel: C0123EXPERTS\n  teams_channel: \"19:abc@thread.tacv2\"\n"
        + "  reminder_after: 24h\n");

    ExpertsSettings experts = loader.load(config).settings().expertsDesk().orElseThrow();

    assertThat(experts.slack()).contains("C0123EXPERTS");
    assertThat(experts.teams()).contains("19:abc@thread.tacv2");
    assertThat(experts.reminder()).contains(Duration.ofHours(24));
    assertThat(experts.expiry()).isEqualTo(Duration.ofDays(14));
  }

  @Test
  void withoutTheBlockThereAreNoExperts() throws Exception {
    assertThat(loader.load(withExperts("")).settings().expertsDesk()).isEmpty();
  }

  @Test
  void aChannelNameABadTimeAndAWrongTeamsIdAreEachNamed() throws Exception {
    Path config = withExperts("experts:\n  slack_channel: \"#experts\"\n  teams_channel: experts\n"
        + "  expire_after: two weeks\n");

    List<String> problems = problems(config);

    assertThat(problems).anySatisfy(line -> assertThat(line).startsWith("bot.yml:").contains(
        "experts.slack_channel must be a Slack channel id such as C0123EXPERTS (the channel's name will not do), "
            + "not '#experts'"));
    assertThat(problems).anySatisfy(line -> assertThat(line).contains(
        "experts.teams_channel must be a Teams channel conversation id, which starts with 19:"));
    assertThat(problems).anySatisfy(line -> assertThat(line).contains(
        "field 'experts.expire_after' must be a time such as 30m, 24h or 14d (minutes, hours or days, more than zero),"
            + " not 'two weeks'"));
  }

  @Test
  void aBlockWithNoChannelIsRefused() throws Exception {
    List<String> problems = problems(withExperts("experts:\n  reminder_after: 24h\n"));

    assertThat(problems).filteredOn(line -> !line.contains(": warning: ")).containsExactly("bot.yml:10:1: experts "
        + "needs slack_channel (a Slack channel id such as C0123EXPERTS), teams_channel (a Teams channel conversation "
        + "id), or both; remove the block to turn the experts off");
  }

  @Test
  void anUnknownFieldInTheBlockGetsADidYouMean() throws Exception {
    List<String> problems = problems(withExperts("experts:\n  slack_chanel: C0123EXPERTS\n"));

    assertThat(problems).anySatisfy(line -> assertThat(line).contains("unknown field 'slack_chanel'")
        .contains("slack_channel"));
  }

  private List<String> problems(Path config) {
    LoadReport report = loader.check(config);
    assertThat(report.isValid()).isFalse();
    return report.problems().stream().map(ConfigProblem::format).map(line -> line.replace(config + "/", "")).toList();
  }

  private Path withExperts(String block) throws IOException {
    Path config = dir.resolve("config");
    ConfigValidationTest.copy("valid", config);
    Files.writeString(config.resolve("bot.yml"), block, StandardOpenOption.APPEND);
    return config;
  }
}
