package com.partnershipbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped answers lead with the fact itself, never with a yes/no-style word, so that an
 * answer reads right however its question was asked ("is Azure still exclusive?" and "so Azure
 * is out of the picture now?" both get "Azure remains the exclusive cloud provider ...").
 */
class AnswerContentTest {
  private static final Set<String> POLAR_OPENERS = Set.of(
      "yes", "yeah", "yep", "yup", "no", "nope", "nah", "not", "nothing", "none", "unchanged", "changed",
      "same", "still", "correct", "incorrect", "right", "wrong", "true", "false", "indeed", "absolutely",
      "definitely", "certainly", "sure", "exactly", "confirmed", "affirmative", "negative");
  private static final Pattern FIRST_WORD = Pattern.compile("^[\\s*_~>•\\-\"'“‘]*([\\p{L}']+)");

  private static List<FaqEntry> shipped;

  @BeforeAll
  static void loadShippedAnswers() throws InvalidConfigException {
    shipped = new ConfigLoader().load(Path.of("bot-config")).entries();
  }

  @Test
  void noShippedAnswerOpensWithAYesOrNoStyleWord() {
    List<String> polar = shipped.stream()
        .filter(entry -> POLAR_OPENERS.contains(firstWord(entry.answer())))
        .map(entry -> "answers/" + entry.id() + ".yml opens with '" + firstWord(entry.answer()) + "'")
        .toList();

    assertThat(shipped).isNotEmpty();
    assertThat(polar).as("lead with the fact itself, not a yes/no-style word").isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "*Yes: Azure stays exclusive.*|yes",
      "_No, the terms stand._|no",
      "  *Unchanged: the AGI definition.*|unchanged",
      "• Nope.|nope",
      "*Azure remains the exclusive cloud.*|azure"})
  void readsTheFirstWordPastMarkup(String answer, String expected) {
    assertThat(firstWord(answer)).isEqualTo(expected);
  }

  private static String firstWord(String answer) {
    Matcher word = FIRST_WORD.matcher(answer);
    return word.find() ? word.group(1).toLowerCase(Locale.ROOT) : "";
  }
}
