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
 * The core (knowledge, matching, answering) handles plain text: Slack and Teams syntax lives in
 * the adapters, and the answers' format in the one class that names it. ArchUnit sees types, not
 * strings and comments, so this reads the source.
 */
class NoChatMarkupInTheCoreTest {
  private static final Path SOURCES = Path.of("src/main/java/com/partnershipbot");
  private static final List<String> CORE = List.of("knowledge", "matching", "answering");
  private static final Path CONTENT_FORMAT = SOURCES.resolve("knowledge/ContentFormat.java");
  /** Slack mentions and pings ({@code <@U1>}, {@code <!here>}, {@code <#C1>}), Teams' at tags, and the formats' names. */
  private static final Pattern CHAT_MARKUP = Pattern.compile(
      "<[@!#][A-Za-z]|</?at>|mrkdwn|block ?kit|adaptive ?card", Pattern.CASE_INSENSITIVE);

  @Test
  void noCoreClassMentionsSlackOrTeamsSyntax() {
    List<String> offences = new ArrayList<>();
    CORE.forEach(pkg -> javaFiles(SOURCES.resolve(pkg)).filter(file -> !file.equals(CONTENT_FORMAT))
        .forEach(file -> offences.addAll(offences(file.toString(), read(file)))));

    assertThat(offences).as("chat markup outside the adapters and knowledge/ContentFormat").isEmpty();
  }

  @Test
  void theCoreAndTheContentFormatAreWhereTheCheckLooks() {
    assertThat(CORE).allSatisfy(pkg -> assertThat(javaFiles(SOURCES.resolve(pkg))).isNotEmpty());
    assertThat(CONTENT_FORMAT).exists();
    assertThat(offences("ContentFormat.java", read(CONTENT_FORMAT))).as("the check sees the format's own syntax")
        .isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "text = text.replace(\"<@U123>\", \"\");",
      "// drops <!channel> and <!here>",
      "Pattern.compile(\"<#C[^>]*>\")",
      "strip(\"<at>Bot</at> hi\")",
      "/** Returns Slack mrkdwn. */",
      "String mrkdwnText",
      "// keeps within Block Kit limits",
      "new BlockKitRenderer()",
      "// as an Adaptive Card"})
  void catchesEachKindOfChatMarkup(String line) {
    assertThat(offences("Bad.java", "class Bad {\n" + line + "\n}")).singleElement().asString()
        .startsWith("Bad.java:2: ");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Pattern.compile(\"(?<![\\\\w*])x\")",
      "if (a <b) {}",
      "// Slack re-delivers events for about five minutes",
      "/** at most 3 items */"})
  void letsPlainCodeAndPlatformNamesThrough(String line) {
    assertThat(offences("Good.java", line)).isEmpty();
  }

  private static List<String> offences(String name, String source) {
    return SourceLines.matching(CHAT_MARKUP, name, source);
  }
}
