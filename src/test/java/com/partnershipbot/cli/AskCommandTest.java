package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.freshCopy;
import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask}: a reply people can read, or with --json one object of a fixed shape. */
class AskCommandTest {
  @TempDir
  Path dir;

  @TempDir
  Path data;

  @BeforeEach
  void config() throws IOException {
    freshCopy("valid", dir);
  }

  @Test
  void printsTheAnswerAsAPersonWouldReadIt() {
    Cli.Run run = run("ask", "--data-dir", data.toString(), "--config", dir.toString(), "stargate");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).isEqualTo("Compute beyond Azure");
    assertThat(lines).contains("OpenAI may commit to compute beyond Azure, such as Stargate.");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Source: Joint statement, 27 Feb 2026 · Reviewed "));
    assertThat(lines).contains("Related: azure");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonIsOneObjectWithOutcomeIdScoreCandidatesAndTheAnswer() throws IOException {
    Cli.Run run = run("ask", "--data-dir", data.toString(), "--config", dir.toString(), "--json", "AZURE");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(1);
    JsonNode verdict = Json.MAPPER.readTree(run.out());
    assertThat(fieldNames(verdict)).containsExactly("outcome", "id", "score", "candidates", "title", "text");
    assertThat(verdict.get("outcome").asText()).isEqualTo("ANSWER");
    assertThat(verdict.get("title").asText()).isEqualTo("Azure and stateless OpenAI APIs");
    assertThat(verdict.get("text").asText()).isEqualTo("*Azure is still the exclusive cloud for stateless OpenAI APIs.*\n");
    assertThat(verdict.get("id").asText()).isEqualTo("azure");
    assertThat(verdict.get("score").isNumber()).isTrue();
    assertThat(verdict.get("candidates")).isNotEmpty().allSatisfy(candidate -> {
      assertThat(fieldNames(candidate)).containsExactly("id", "score");
      assertThat(candidate.get("score").isNumber()).isTrue();
    });
    assertThat(verdict.get("candidates").get(0).get("id").asText()).isEqualTo("azure");
  }

  @Test
  void jsonForAQuestionWithNoAnswerHasANullIdTitleAndText() throws IOException {
    Cli.Run run = run("ask", "--data-dir", data.toString(), "--config", dir.toString(), "--json", "qwxz", "vrrbl", "zzkj");

    JsonNode verdict = Json.MAPPER.readTree(run.out());
    assertThat(fieldNames(verdict)).containsExactly("outcome", "id", "score", "candidates", "title", "text");
    assertThat(verdict.get("outcome").asText()).isEqualTo("NO_ANSWER");
    assertThat(verdict.get("id").isNull()).isTrue();
    assertThat(verdict.get("title").isNull()).isTrue();
    assertThat(verdict.get("text").isNull()).isTrue();
  }

  @Test
  void aConfigWithErrorsIsRefusedWithItsErrorsAndExitOne(@TempDir Path broken) throws IOException {
    freshCopy("unknown-field", broken);
    Cli.replace(broken.resolve("answers/compute.yml"), "reviewed: ", "reviewed: 2000-01-01\n# was: ");

    Cli.Run run = run("ask", "--data-dir", data.toString(), "--config", broken.toString(), "azure");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "partnership-bot: the config has errors; the bot would refuse it:",
        broken.resolve("answers/azure.yml") + ":3:1: unknown field 'anwser' (did you mean 'answer'?)");
  }

  @Test
  void aMissingConfigDirectoryIsOneSentence() {
    Cli.Run run = run("ask", "--data-dir", data.toString(), "--config", dir.resolve("nope").toString(), "azure");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("partnership-bot: config directory not found: " + dir.resolve("nope")
        + " (give --config DIR, or set BOT_CONFIG_DIR)");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
