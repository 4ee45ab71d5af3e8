package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.freshCopy;
import static com.partnershipbot.cli.Cli.replace;
import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: one FILE:LINE:COLUMN: message line per problem, a summary, and the exit code. */
class ValidateCommandTest {
  private static final String LOCATED = "^\\S+:\\d+:\\d+: .+$";

  @TempDir
  Path dir;

  @Test
  void aValidConfigExitsZeroWithASummary() throws IOException {
    freshCopy("valid", dir);

    Cli.Run run = run("validate", "--config", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).singleElement().asString()
        .matches(quote(dir) + ": valid, 2 answers, 0 warnings \\(config version [0-9a-f]{12}\\)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aStaleAnswerIsAWarningThatDoesNotFail() throws IOException {
    freshCopy("valid", dir);
    replace(dir.resolve("answers/azure.yml"), "reviewed: ", "reviewed: 2000-01-01\n# was: ");

    Cli.Run run = run("validate", "--config", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).isEqualTo(dir.resolve("answers/azure.yml") + ":16:1: warning: answer 'azure' "
        + "was last reviewed on 2000-01-01, more than 180 days ago; check it and update 'reviewed'");
    assertThat(run.outLines().get(1)).matches(quote(dir) + ": valid, 2 answers, 1 warning \\(config version \\w+\\)");
  }

  @Test
  void quietLeavesOutWarningsButKeepsTheSummary() throws IOException {
    freshCopy("valid", dir);
    replace(dir.resolve("answers/azure.yml"), "reviewed: ", "reviewed: 2000-01-01\n# was: ");

    Cli.Run run = run("validate", "--quiet", "--config", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).singleElement().asString()
        .matches(quote(dir) + ": valid, 2 answers, 1 warning \\(config version \\w+\\)");
  }

  @Test
  void anInvalidConfigExitsOneWithEveryProblemLocatedThenASummary() throws IOException {
    freshCopy("several-problems", dir);

    Cli.Run run = run("validate", "--config", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(7);
    assertThat(lines.subList(0, 6)).allMatch(line -> line.matches(LOCATED))
        .contains(dir.resolve("answers/azure.yml") + ":3:1: unknown field 'anwser' (did you mean 'answer'?)",
            dir.resolve("bot.yml") + ":4:22: field 'matching.clarify_threshold' (0.9) must not be above "
                + "answer_threshold (0.6)");
    assertThat(lines.get(6)).isEqualTo(dir + ": 6 errors, 0 warnings: the bot would refuse this config");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aReviewedDateInTheFutureFails() throws IOException {
    freshCopy("valid", dir);
    replace(dir.resolve("answers/compute.yml"), "reviewed: ", "reviewed: 2999-01-01\n# was: ");

    Cli.Run run = run("validate", "--config", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines().get(0))
        .startsWith(dir.resolve("answers/compute.yml") + ":12:11: reviewed date 2999-01-01 is in the future (today is ");
  }

  @Test
  void aMissingConfigDirectoryIsOneSentenceOnStandardError() {
    Path nowhere = dir.resolve("no-such-config");

    Cli.Run run = run("validate", "--config", nowhere.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "partnership-bot: config directory not found: " + nowhere + " (give --config DIR, or set BOT_CONFIG_DIR)");
  }

  @Test
  void warnsAboutAMisfiledQuestionAndAQuestionTwoAnswersShareAtTheirLines() throws IOException {
    freshCopy("confusable-questions", dir);

    Cli.Run run = run("validate", "--config", dir.toString(), "--data-dir", dir.resolve("data").toString());

    assertThat(run.exitCode()).as(run.out()).isZero();
    Path answers = dir.resolve("answers");
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines().get(0)).isEqualTo(answers.resolve("azure.yml") + ":9:5: warning: \"Can OpenAI build its "
        + "own data centres for training beyond Azure?\" is closer to compute (\"Can OpenAI train its models on other "
        + "data centres?\", " + answers.resolve("compute.yml") + ":8) than to any other question of azure "
        + "(similarity 0.80 vs 0.60): move it to compute, or reword it");
    assertThat(run.outLines().get(1)).isEqualTo(answers.resolve("governance.yml") + ":8:5: warning: \"What should we "
        + "sort out before rolling AI out more widely?\" overlaps next-steps (\"What do we need to sort out before "
        + "rolling AI out more widely?\", " + answers.resolve("next-steps.yml") + ":8) (similarity 0.95): either answer "
        + "may come back for it; keep it in one answer, or reword one of them");
    assertThat(run.outLines().get(2)).matches(quote(dir) + ": valid, 4 answers, 2 warnings, 2 of them about "
        + "confusable questions \\(config version \\w+\\)");
    assertThat(dir.resolve("data/sentence-vectors.bin")).isRegularFile();
  }

  @Test
  void failOnConfusableExitsThreeWhenAQuestionIsConfusable() throws IOException {
    freshCopy("confusable-questions", dir);

    Cli.Run run = run("validate", "--fail-on-confusable", "--quiet", "--config", dir.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.outLines()).containsExactly(
        dir + ": valid, 4 answers, 2 warnings, 2 of them about confusable questions (config version "
            + run.outLines().get(0).replaceAll(".*config version (\\w+)\\)$", "$1") + ")",
        dir + ": failing, as --fail-on-confusable asks");
  }

  @Test
  void failOnConfusableExitsZeroWhenEveryQuestionIsNearestToItsOwnAnswer() throws IOException {
    freshCopy("valid", dir);

    Cli.Run run = run("validate", "--fail-on-confusable", "--config", dir.toString());

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.outLines()).singleElement().asString()
        .matches(quote(dir) + ": valid, 2 answers, 0 warnings \\(config version \\w+\\)");
  }

  private static String quote(Path path) {
    return java.util.regex.Pattern.quote(path.toString());
  }
}
