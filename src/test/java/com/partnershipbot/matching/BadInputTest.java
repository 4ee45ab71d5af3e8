package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever people paste into the bot, the matcher returns a clean "no answer" and never throws. */
class BadInputTest {

  static Stream<Arguments> badQuestions() {
    return Stream.of(
        Arguments.of("nothing at all", null),
        Arguments.of("an empty question", ""),
        Arguments.of("only spaces and new lines", "   \n\t  "),
        Arguments.of("40 KB of text", filler(40 * 1024)),
        Arguments.of("only stop words", "what is the it of and to be"),
        Arguments.of("only emoji", "🤔🚀🔥👍🏽"),
        Arguments.of("Arabic", "ما هي عاصمة فرنسا؟"),
        Arguments.of("Hebrew", "מה השעה עכשיו?"),
        Arguments.of("control characters", "\u0000\u0007\u001b[31m\u0008\u007f"),
        Arguments.of("2,000 different terms", IntStream.range(0, 2000).mapToObj(i -> "zq" + i + "x")
            .collect(Collectors.joining(" "))),
        Arguments.of("punctuation", "?!?!... ,,, ;;; ---"),
        Arguments.of("keyboard mash", "asdfghjkl qwertyuiop"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQuestions")
  void getsNoAnswerAndNoException(String description, String question) {
    Match match = Matchers.shipped().match(question);

    assertThat(match.outcome()).isEqualTo(Outcome.NO_ANSWER);
    assertThat(match.id()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQuestions")
  void getsNoAnswerFromLuceneAloneToo(String description, String question) {
    Match match = LexicalOnly.MATCHER.match(question);

    assertThat(match.outcome()).isEqualTo(Outcome.NO_ANSWER);
  }

  @Test
  void aLongQuestionMadeOfTheFaqsOwnWordsStaysWithinLucenesClauseLimit() {
    String words = String.join(" ", Matchers.load(Matchers.SHIPPED).entries().stream()
        .flatMap(entry -> entry.questions().stream()).toList());
    String question = Stream.generate(() -> words).limit(40).collect(Collectors.joining(" "));

    Match match = LexicalOnly.MATCHER.match(question);

    assertThat(question.split(" ")).hasSizeGreaterThan(2000);
    assertThat(match.outcome()).isNotNull();
    assertThat(Matchers.shipped().match(question).outcome()).isNotNull();
  }

  private static String filler(int length) {
    String sentence = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ";
    return sentence.repeat(length / sentence.length() + 1).substring(0, length);
  }

  private static final class LexicalOnly {
    static final FaqMatcher MATCHER = MatcherFactory.lexicalOnly().build(Matchers.load(Matchers.SHIPPED));
  }
}
