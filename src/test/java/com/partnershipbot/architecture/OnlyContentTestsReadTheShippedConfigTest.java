package com.partnershipbot.architecture;

import static com.partnershipbot.architecture.SourceLines.javaFiles;
import static com.partnershipbot.architecture.SourceLines.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only content tests read the shipped {@code bot-config/}: adapter, storage, answering and admin
 * tests use the small fixtures under src/test/resources/configs, so editing an answer breaks only
 * the tests about answers. This reads the test sources for a path into {@code bot-config}.
 */
class OnlyContentTestsReadTheShippedConfigTest {
  private static final Path TESTS = Path.of("src/test/java/com/partnershipbot");
  /** Whole packages about the shipped content: the evaluation sets and matchers, and the benchmarks. */
  private static final List<String> CONTENT_PACKAGES = List.of("matching/", "bench/");
  /** Single content tests, and LeavesNoTraceTest, whose "bot-config" is a pretend project's. */
  private static final List<String> CONTENT_TESTS = List.of(
      "knowledge/AnswerContentTest.java",
      "knowledge/ConfigSchemaTest.java",
      "knowledge/ThresholdDefaultsTest.java",
      "teams/TeamsManifestTest.java",
      "cli/ShippedConfigTest.java",
      "testing/LeavesNoTraceTest.java");
  /** A string literal that is a path into the shipped config: "bot-config", "./bot-config/answers/x.yml". */
  private static final Pattern SHIPPED_CONFIG = Pattern.compile("\"(\\./)?bot-config(/[^\"]*)?\"");

  @Test
  void noTestOutsideTheContentTestsReadsTheShippedConfig() {
    List<String> offences = new ArrayList<>();
    javaFiles(TESTS).filter(file -> !isContentTest(name(file)))
        .forEach(file -> offences.addAll(offences(name(file), read(file))));

    assertThat(offences).as("tests reading bot-config/ that are not content tests: give them a fixture from "
        + "src/test/resources/configs (TestConfig.FAQ)").isEmpty();
  }

  @Test
  void everyListedContentTestStillReadsIt() {
    assertThat(CONTENT_TESTS).allSatisfy(test -> assertThat(offences(test, read(TESTS.resolve(test))))
        .as(test + " is listed as a content test").isNotEmpty());
    assertThat(CONTENT_PACKAGES).allSatisfy(pkg -> assertThat(javaFiles(TESTS)
        .filter(file -> name(file).startsWith(pkg)).flatMap(file -> offences(name(file), read(file)).stream()))
        .as(pkg + " is listed as content").isNotEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "LiveConfig.load(Path.of(\"bot-config\"), loader, factory);",
      "ServeEnv.in(temp, Path.of(\"./bot-config\")).start();",
      "Files.readString(Path.of(\"bot-config/answers/azure.yml\"));",
      "private static final String SHIPPED = \"bot-config\";"})
  void catchesEachWayOfNamingTheShippedConfig(String line) {
    assertThat(offences("slack/BadTest.java", "class BadTest {\n" + line + "\n}")).singleElement().asString()
        .startsWith("slack/BadTest.java:2: ");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "ServeEnv.in(temp, TestConfig.FAQ).start();",
      "assertThat(help).contains(\"$BOT_CONFIG_DIR, else ./bot-config\");",
      "/** Unlike the shipped bot-config/, this FAQ is small. */",
      "Path nowhere = temp.resolve(\"no-config-here\");"})
  void letsFixturesAndMentionsThrough(String line) {
    assertThat(offences("slack/GoodTest.java", line)).isEmpty();
  }

  private static boolean isContentTest(String name) {
    return CONTENT_TESTS.contains(name) || CONTENT_PACKAGES.stream().anyMatch(name::startsWith)
        || name.equals("architecture/OnlyContentTestsReadTheShippedConfigTest.java");
  }

  private static List<String> offences(String name, String source) {
    return SourceLines.matching(SHIPPED_CONFIG, name, source);
  }

  private static String name(Path file) {
    return TESTS.relativize(file).toString().replace('\\', '/');
  }
}
