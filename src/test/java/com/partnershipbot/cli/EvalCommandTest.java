package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.freshCopy;
import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval}: every miss, then the summary, and with --json a last line of exactly the agreed
 * fields. Questions are topic keys, which resolve directly, so the figures do not depend on tuning.
 */
class EvalCommandTest {
  private static final String THREE_QUESTIONS = """
      # question<TAB>expected
      azure\tazure
      stargate\tazure

      azure\tnone
      """;

  @TempDir
  Path dir;

  @TempDir
  Path data;

  private Path config;

  @BeforeEach
  void config() throws IOException {
    config = freshCopy("valid", dir.resolve("config"));
  }

  @Test
  void printsEveryMissThenTheSummary() throws IOException {
    Cli.Run run = run("eval", "--data-dir", data.toString(), "--config", config.toString(), tsv(THREE_QUESTIONS).toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("MISS line 3: \"stargate\" expected azure, got ANSWER compute [compute ");
    assertThat(lines.get(1)).startsWith("MISS line 5: \"azure\" expected none, got ANSWER azure [azure ");
    assertThat(lines.get(2)).isEqualTo("3 questions (2 in scope, 1 out of scope): in-scope top-1 50.0%, "
        + "top-1 or clarify 50.0%, out-of-scope rejected 0.0%, clarify 0.0%, suggest 0.0%, wrong answers 66.7%");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonEndsWithOneObjectOfExactlyTheAgreedFields() throws IOException {
    Cli.Run run = run("eval", "--data-dir", data.toString(), "--config", config.toString(), "--json", tsv(THREE_QUESTIONS).toString());

    List<String> lines = run.outLines();
    JsonNode summary = Json.MAPPER.readTree(lines.get(lines.size() - 1));
    List<String> fields = new ArrayList<>();
    summary.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrder("total", "inScope", "outOfScope", "inScopeTop1",
        "inScopeTop1OrClarify", "outOfScopeRejected", "clarifyRate", "wrongAnswerRate", "suggestRate");
    assertThat(summary.get("total").asInt()).isEqualTo(3);
    assertThat(summary.get("inScope").asInt()).isEqualTo(2);
    assertThat(summary.get("outOfScope").asInt()).isEqualTo(1);
    assertThat(summary.get("inScopeTop1").asDouble()).isEqualTo(0.5);
    assertThat(summary.get("inScopeTop1OrClarify").asDouble()).isEqualTo(0.5);
    assertThat(summary.get("outOfScopeRejected").asDouble()).isEqualTo(0.0);
    assertThat(summary.get("clarifyRate").asDouble()).isEqualTo(0.0);
    assertThat(summary.get("wrongAnswerRate").asDouble()).isEqualTo(0.6667);
    assertThat(summary.get("suggestRate").asDouble()).isEqualTo(0.0);
    assertThat(lines.get(lines.size() - 2)).startsWith("3 questions (2 in scope, 1 out of scope)");
  }

  @Test
  void aMissingFileIsAClearMessageAndExitTwo() {
    Path missing = dir.resolve("missing.tsv");

    Cli.Run run = run("eval", "--data-dir", data.toString(), "--config", config.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("eval: no such file: " + missing);
  }

  @Test
  void aLineWithoutATabNamesItsLine() throws IOException {
    Path file = tsv("azure\tazure\nis azure exclusive azure\n");

    Cli.Run run = run("eval", "--data-dir", data.toString(), "--config", config.toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(file + ":2: expected 'question<TAB>expected'");
  }

  @Test
  void anExpectedIdThatNamesNoAnswerIsRefusedWithADidYouMean() throws IOException {
    Path file = tsv("azure\tazure\nis azure exclusive\tazrue|compute\n");

    Cli.Run run = run("eval", "--data-dir", data.toString(), "--config", config.toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(file + ":2: expected id 'azrue' is not an answer id (did you mean 'azure'?)");
  }

  @Test
  void aFileWithNoQuestionsIsRefused() throws IOException {
    Path file = tsv("# nothing yet\n\n");

    Cli.Run run = run("eval", "--data-dir", data.toString(), "--config", config.toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("eval: " + file + " has no questions (one question<TAB>expected per line)");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() throws IOException {
    Path file = dir.resolve("latin1.tsv");
    Files.write(file, "caf\u00e9\tnone\n".getBytes(StandardCharsets.ISO_8859_1));

    Cli.Run run = run("eval", "--data-dir", data.toString(), "--config", config.toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("eval: " + file + " is not UTF-8 text; save it with UTF-8 encoding");
  }

  @Test
  void aMissingConfigDirectoryIsOneSentence() throws IOException {
    Path nowhere = dir.resolve("nowhere");

    Cli.Run run = run("eval", "--data-dir", data.toString(), "--config", nowhere.toString(), tsv(THREE_QUESTIONS).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("partnership-bot: config directory not found: " + nowhere
        + " (give --config DIR, or set BOT_CONFIG_DIR)");
  }

  private Path tsv(String text) throws IOException {
    Path file = dir.resolve("set-" + Math.abs(text.hashCode()) + ".tsv");
    Files.writeString(file, text);
    return file;
  }
}
