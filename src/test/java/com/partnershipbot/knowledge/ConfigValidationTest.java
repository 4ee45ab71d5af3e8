package com.partnershipbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture config per failure under src/test/resources/configs/, each checked for the whole
 * message an admin would read, with its file, line and column. Today is fixed at 1 June 2026.
 */
class ConfigValidationTest {
  static final Path FIXTURES = Path.of("src/test/resources/configs");
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  private final ConfigLoader loader = new ConfigLoader(TODAY);

  static Stream<Arguments> refusedConfigs() {
    return Stream.of(
        refused("yaml-syntax",
            "answers/azure.yml:2:8: YAML syntax error: the quote that starts here is never closed"),
        refused("quote-closed-lines-later",
            "answers/azure.yml:2:8: YAML syntax error: the quote that starts here is not closed on its line, so YAML "
                + "reads on to the next quote, on line 12; close it on this line"),
        refused("unclosed-list",
            "answers/compute.yml:7:10: YAML syntax error: the list that starts here with '[' is never closed with ']'"),
        refused("tab-indent",
            "answers/compute.yml:10:1: YAML syntax error: a tab character; indent with spaces only"),
        refused("colon-in-value",
            "answers/compute.yml:2:15: YAML syntax error: unexpected ':'; put text that contains ': ' in quotes, "
                + "and indent this line like the lines around it"),
        refused("unknown-field",
            "answers/azure.yml:3:1: unknown field 'anwser' (did you mean 'answer'?)"),
        refused("unknown-source-field",
            "answers/azure.yml:13:3: unknown field 'publsher' in 'source' (did you mean 'publisher'?)"),
        refused("unknown-field-no-guess",
            "answers/compute.yml:12:1: unknown field 'colour'; the fields are: aliases, answer, id, keywords, owner, "
                + "questions, related, reviewed, source, title"),
        refused("unknown-setting",
            "bot.yml:8:1: unknown field 'fallbak' (did you mean 'fallback'?)"),
        refused("missing-answer",
            "answers/compute.yml:1:1: missing 'answer': give the text people will read"),
        refused("empty-id",
            "answers/compute.yml:1:1: 'id' is empty: give a short lowercase name such as 'azure'"),
        refused("empty-answer",
            "answers/compute.yml:3:1: 'answer' is empty: give the text people will read"),
        refused("duplicate-id",
            "answers/azure-copy.yml:1:5: duplicate id 'azure': answers/azure.yml already uses it; give this copy an id "
                + "of its own"),
        refused("shared-alias",
            "answers/compute.yml:9:5: alias 'Hosting' is also an alias of entry 'azure': an alias must lead to one entry"),
        refused("alias-is-another-id",
            "answers/compute.yml:9:5: alias 'azure' is the id of entry 'azure': an alias must lead to one entry"),
        refused("unknown-related",
            "answers/azure.yml:20:5: related id 'compte' does not exist (did you mean 'compute'?)"),
        refused("answer-too-long",
            "answers/compute.yml:3:1: answer is 3001 characters; answers are at most 3000 so that every chat app "
            + "shows them in one piece, so shorten it"),
        refused("reviewed-in-future",
            "answers/azure.yml:16:11: reviewed date 2026-06-02 is in the future (today is 2026-06-01)"),
        refused("malformed-date",
            "answers/azure.yml:16:11: field 'reviewed' must be a real date; 2026-13-01 does not exist"),
        refused("date-in-words",
            "answers/compute.yml:11:9: field 'source.date' must be a date written YYYY-MM-DD (e.g. 2026-02-27), "
                + "not '27 Feb 2026'"),
        refused("text-instead-of-list",
            "answers/azure.yml:18:10: field 'related' must be a list (one '- item' per line), not 'compute'"),
        refused("list-instead-of-text",
            "answers/compute.yml:3:3: field 'title' must be text, not a list"),
        refused("threshold-out-of-range",
            "bot.yml:3:21: field 'matching.answer_threshold' must be a number from 0 to 1, not 1.5"),
        refused("threshold-not-a-number",
            "bot.yml:3:21: field 'matching.answer_threshold' must be a number, not 'high'"),
        refused("empty-off-topic-example",
            "bot.yml:8:5: off-topic example 2 is empty; write a question the bot should not answer, or remove the line"),
        refused("empty-internal-contact",
            "bot.yml:3:19: internal_contact is empty; name where people should ask about your organisation's own AI"
                + " policies (a channel, a team or an address), or remove the line"),
        refused("admin-teams-id-not-a-guid",
            "bot.yml:4:5: admin 2 has a Teams id that is not an AAD object id ('megan@contoso.com'); write 'teams: ' "
                + "and the user's object id, a GUID such as 6f1e2d3c-0000-4000-8000-00000000abcd (Teams admin center "
                + "or Entra ID > Users)"),
        refused("clarify-above-answer",
            "bot.yml:4:22: field 'matching.clarify_threshold' (0.7) must not be above answer_threshold (0.6)"),
        refused("stale-days-not-whole",
            "bot.yml:9:19: field 'stale_after_days' must be a whole number, not '90.5'"),
        refused("missing-bot-yml",
            "bot.yml:1:1: bot.yml is missing: every config needs its settings file next to answers/"),
        refused("empty-answers-dir",
            "answers:1:1: no answers found: add at least one .yml file under answers/"),
        refused("empty-file",
            "answers/new-topic.yml:1:1: file is empty: it has no fields, only blank lines or comments"),
        refused("not-utf8",
            "answers/compute.yml:2:33: not UTF-8 text (byte 0xE9); save the file with UTF-8 encoding"),
        refused("top-level-list",
            "answers/list.yml:1:1: the file must be 'field: value' lines, not a list"),
        refused("duplicate-key",
            "answers/azure.yml:18:1: field 'owner' is given twice (first on line 17); keep one"),
        refused("id-not-lowercase",
            "answers/compute.yml:1:5: id 'Compute Beyond Azure' must be lowercase letters, digits and single hyphens, "
                + "such as 'compute-beyond-azure'"),
        refused("two-documents",
            "answers/compute.yml:16:1: a second YAML document starts here (after '---'); keep one document per file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedConfigs")
  void refusesTheConfigWithOneLocatedMessage(String fixture, List<String> expected) {
    LoadReport report = loader.check(FIXTURES.resolve(fixture));

    assertThat(report.isValid()).isFalse();
    assertThat(lines(fixture, report)).containsExactlyElementsOf(expected);
  }

  @Test
  void reportsEveryProblemInEveryFileInOneRunInFileOrder() {
    LoadReport report = loader.check(FIXTURES.resolve("several-problems"));

    assertThat(lines("several-problems", report)).containsExactly(
        "answers/azure.yml:3:1: unknown field 'anwser' (did you mean 'answer'?)",
        "answers/azure.yml:19:5: related id 'compte' does not exist (did you mean 'compute'?)",
        "answers/broken.yml:2:8: YAML syntax error: the list that starts here with '[' is never closed with ']'",
        "answers/compute.yml:8:5: alias 'hosting' is also an alias of entry 'azure': an alias must lead to one entry",
        "answers/compute.yml:12:11: field 'reviewed' must be a date written YYYY-MM-DD (e.g. 2026-02-27), "
            + "not '2026-5-1'",
        "bot.yml:4:22: field 'matching.clarify_threshold' (0.9) must not be above answer_threshold (0.6)");
  }

  @Test
  void reportsEveryUnknownFieldInAFileNotJustTheFirst(@TempDir Path dir) throws IOException {
    copy("valid", dir);
    Path azure = dir.resolve("answers/azure.yml");
    Files.writeString(azure, Files.readString(azure)
        .replace("\ntitle:", "\ntitel:").replace("owner:", "ownr:").replace("  location:", "  url:"));

    assertThat(lines(dir, loader.check(dir))).containsExactly(
        "answers/azure.yml:2:1: unknown field 'titel' (did you mean 'title'?)",
        "answers/azure.yml:14:3: unknown field 'url' in 'source'; the fields are: date, location, publisher, title",
        "answers/azure.yml:17:1: unknown field 'ownr' (did you mean 'owner'?)");
  }

  @Test
  void warnsAboutAStaleAnswerButStillLoads() {
    LoadReport report = loader.check(FIXTURES.resolve("stale-answer"));

    assertThat(report.isValid()).isTrue();
    assertThat(lines("stale-answer", report)).containsExactly(
        "answers/azure.yml:16:1: warning: answer 'azure' was last reviewed on 2025-01-02, more than 180 days ago; "
            + "check it and update 'reviewed'");
  }

  @Test
  void anAnswerReviewedExactlyStaleAfterDaysAgoIsNotYetStale(@TempDir Path dir) throws IOException {
    copy("valid", dir);
    replace(dir.resolve("answers/azure.yml"), "reviewed: 2026-05-01", "reviewed: 2025-12-03");

    assertThat(loader.check(dir).problems()).isEmpty();

    replace(dir.resolve("answers/azure.yml"), "reviewed: 2025-12-03", "reviewed: 2025-12-02");
    assertThat(loader.check(dir).warnings()).hasSize(1);
  }

  @Test
  void anAnswerReviewedTodayIsFine(@TempDir Path dir) throws IOException {
    copy("valid", dir);
    replace(dir.resolve("answers/azure.yml"), "reviewed: 2026-05-01", "reviewed: 2026-06-01");

    assertThat(loader.check(dir).problems()).isEmpty();
  }

  @Test
  void warnsAboutFilesInAnswersThatAreNotRead() {
    LoadReport report = loader.check(FIXTURES.resolve("ignored-files"));

    assertThat(report.isValid()).isTrue();
    assertThat(lines("ignored-files", report)).containsExactly(
        "answers/azure.yml~:1:1: warning: not read: only .yml and .yaml files in answers/ are loaded",
        "answers/notes.txt:1:1: warning: not read: only .yml and .yaml files in answers/ are loaded");
  }

  @Test
  void loadsTheValidFixtureWithEveryField() throws InvalidConfigException {
    Knowledge knowledge = loader.load(FIXTURES.resolve("valid"));

    FaqEntry azure = knowledge.entry("azure").orElseThrow();
    assertThat(knowledge.entries()).extracting(FaqEntry::id).containsExactly("azure", "compute");
    assertThat(azure.answer()).isEqualTo("*Azure is still the exclusive cloud for stateless OpenAI APIs.*\n");
    assertThat(azure.source().citation()).isEqualTo("Joint statement, Example Publisher, 27 Feb 2026");
    assertThat(azure.related()).containsExactly("compute");
    assertThat(knowledge.settings().synonyms()).containsExactly(List.of("cloud", "hosting"));
    assertThat(knowledge.settings().staleAfterDays()).isEqualTo(180);
  }

  @Test
  void readsAFileSavedWithAByteOrderMark() {
    assertThat(loader.check(FIXTURES.resolve("utf8-with-bom")).problems()).isEmpty();
  }

  @Test
  void whenNoFileIsNamedAfterADuplicateIdTheLaterFileIsTheCopy(@TempDir Path dir) throws IOException {
    copy("valid", dir);
    Files.move(dir.resolve("answers/azure.yml"), dir.resolve("answers/cloud.yml"));
    Files.copy(dir.resolve("answers/cloud.yml"), dir.resolve("answers/hosting.yml"));

    assertThat(lines(dir, loader.check(dir))).containsExactly("answers/hosting.yml:1:5: duplicate id 'azure': "
        + "answers/cloud.yml already uses it; give this copy an id of its own");
  }

  @Test
  void anAnswerOfExactly3000CharactersIsAllowed(@TempDir Path dir) throws IOException {
    copy("valid", dir);
    String answer = "x".repeat(ContentFormat.MAX_ANSWER_CHARS);
    replace(dir.resolve("answers/compute.yml"),
        "answer: |\n  *OpenAI may commit to compute beyond Azure, such as Stargate.*\n", "answer: " + answer + "\n");

    assertThat(loader.check(dir).problems()).isEmpty();

    replace(dir.resolve("answers/compute.yml"), answer, answer + "x");
    assertThat(lines(dir, loader.check(dir)))
        .containsExactly("answers/compute.yml:3:1: answer is 3001 characters; answers are at most 3000 so that every chat app "
            + "shows them in one piece, so shorten it");
  }

  @Test
  void loadNamesEveryErrorInItsException() {
    assertThatThrownBy(() -> loader.load(FIXTURES.resolve("unknown-field")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(FIXTURES.resolve("unknown-field/answers/azure.yml") + ":3:1: unknown field 'anwser' "
            + "(did you mean 'answer'?)");
  }

  @Test
  void aMissingConfigDirectoryIsOneClearProblem() {
    Path nowhere = FIXTURES.resolve("no-such-config");

    assertThat(loader.check(nowhere).problems()).extracting(ConfigProblem::format)
        .containsExactly(nowhere + ":1:1: config directory not found");
  }

  @Test
  void noMessageUsesJavaOrParserTerms() throws IOException {
    try (Stream<Path> fixtures = Files.list(FIXTURES)) {
      List<String> messages = fixtures.flatMap(dir -> loader.check(dir).problems().stream())
          .map(ConfigProblem::message).toList();

      assertThat(messages).isNotEmpty().allSatisfy(message -> assertThat(message)
          .doesNotContain("Exception", "java.", "com.fasterxml", "Cannot deserialize", "`", "token", "TOKEN",
              "<block", "scalar", "null"));
    }
  }

  private static Arguments refused(String fixture, String... lines) {
    return Arguments.of(fixture, List.of(lines));
  }

  private static List<String> lines(String fixture, LoadReport report) {
    return lines(FIXTURES.resolve(fixture), report);
  }

  /** The report's lines with the fixture directory left off, as an admin reads them from inside it. */
  static List<String> lines(Path dir, LoadReport report) {
    return report.problems().stream().map(ConfigProblem::format).map(line -> line.replace(dir + "/", "")).toList();
  }

  static void copy(String fixture, Path target) throws IOException {
    Path source = FIXTURES.resolve(fixture);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }

  private static void replace(Path file, String old, String replacement) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(old);
    Files.writeString(file, text.replace(old, replacement));
  }
}
