package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the matcher does to plain text before it looks at words: nothing platform-specific. */
class QuestionTextTest {

  static Stream<Arguments> plainText() {
    return Stream.of(
        Arguments.of("  is azure\t\tstill\n exclusive?  ", "is azure still exclusive?"),
        Arguments.of("ｉｓ　ａｚｕｒｅ　ｅｘｃｌｕｓｉｖｅ", "is azure exclusive"),
        Arguments.of("did the\u0007agi\u202eclause change?", "did the agi clause change?"),
        Arguments.of("team 👩\u200d💻 question", "team 👩\u200d💻 question"));
  }

  @ParameterizedTest(name = "[{index}] -> \"{1}\"")
  @MethodSource("plainText")
  void normalisesPlainText(String raw, String clean) {
    assertThat(QuestionText.clean(raw)).isEqualTo(clean);
  }

  @ParameterizedTest(name = "\"{0}\" is left as typed")
  @ValueSource(strings = {"<@U123> and <at>Megan</at>", "Q&amp;A <https://x|y> <!here>"})
  void leavesWhatLooksLikeChatMarkupToTheAdapters(String typed) {
    assertThat(QuestionText.clean(typed)).isEqualTo(typed);
  }

  @Test
  void cutsVeryLongTextToTheLimit() {
    assertThat(QuestionText.clean("word ".repeat(5_000))).hasSize(QuestionText.MAX_CHARS);
    assertThat(QuestionText.clean(null)).isEmpty();
  }
}
