package com.partnershipbot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** README stays a short front door that opens with the two commands, and every relative link in the docs resolves. */
class DocsTest {
  private static final Path README = Path.of("README.md");
  private static final Path DOCS = Path.of("docs");

  @Test
  void readmeIsAShortFrontDoorThatOpensWithTheTwoCommands() throws IOException {
    assertThat(FrontDoor.problems(Files.readString(README))).isEmpty();
  }

  @Test
  void continuousIntegrationRunsTheReadmesTestCommand() throws IOException {
    List<String> commands = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip)
        .filter(line -> line.startsWith("mvn ")).collect(Collectors.toList());

    assertThat(commands).containsExactly(FrontDoor.TEST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyRelativeLinkResolvesToAFileAndHeading(Path document) {
    assertThat(MarkdownLinks.broken(document)).as(document + " links to nothing").isEmpty();
  }

  @Test
  void theReadmeLinksEveryGuide() throws IOException {
    List<String> linked = MarkdownLinks.relativeTargets(Files.readString(README));

    assertThat(guides()).allSatisfy(guide -> assertThat(linked).contains("docs/" + guide.getFileName()));
    assertThat(guides()).extracting(guide -> guide.getFileName().toString()).contains("install-slack.md",
        "install-teams.md", "admin-guide.md", "matching.md", "evaluation.md", "performance.md", "architecture.md");
  }

  @Test
  void aLinkToAMissingFileOrHeadingIsReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("other.md"), "# Other\n\n## Settings: bot.yml\n\n## Settings: bot.yml\n");
    Path doc = dir.resolve("doc.md");
    Files.writeString(doc, String.join("\n",
        "# Doc", "## Here", "[ok](other.md) [ok](other.md#settings-botyml) [ok](other.md#settings-botyml-1)",
        "[ok](#here) [ok](https://example.com/x.md) `[code](nowhere.md)`",
        "```", "[fenced](nowhere-either.md)", "```",
        "[gone](missing.md) [no heading](other.md#settings) [not here](#there)", "[ref]: missing-too.md", ""));

    assertThat(MarkdownLinks.broken(doc))
        .containsExactly("missing.md", "other.md#settings", "#there", "missing-too.md");
  }

  @Test
  void aReadmeTooLongOrNotOpeningWithTheCommandsIsReported() {
    String commands = "```sh\n" + FrontDoor.BUILD_AND_RUN + "\n```\n\n```sh\n" + FrontDoor.TEST + "\n```\n";
    String good = "# Bot\n\nWhat it is.\n\n" + commands;

    assertThat(FrontDoor.problems(good)).isEmpty();
    assertThat(FrontDoor.problems(good + "more\n".repeat(FrontDoor.MAX_LINES))).hasSize(1);
    assertThat(FrontDoor.problems("# Bot\n\nWhat it is.\n\nAnd more.\n\n" + commands)).hasSize(1);
    assertThat(FrontDoor.problems("# Bot\n\nWhat it is.\n\n```sh\n" + FrontDoor.TEST + "\n```\n\n```sh\n"
        + FrontDoor.BUILD_AND_RUN + "\n```\n")).hasSize(2);
    assertThat(FrontDoor.problems(good.replace("\n\n```sh\nmvn -B verify", "\n\nBetween.\n\n```sh\nmvn -B verify")))
        .hasSize(1);
  }

  static Stream<Path> documents() throws IOException {
    return Stream.concat(Stream.of(README), guides().stream());
  }

  private static List<Path> guides() throws IOException {
    try (Stream<Path> files = Files.list(DOCS)) {
      return files.filter(file -> file.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
  }
}
