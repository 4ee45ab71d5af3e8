package com.partnershipbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers are written in one format, which reads right as Markdown (Teams) and as plain text (terminal). */
class ContentFormatTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
      "see <https://openai.com/index/x|the statement> now => see [the statement](https://openai.com/index/x) now",
      "read <https://example.com/a?b=1&amp;c=2> => read https://example.com/a?b=1&c=2",
      "*Yes: Azure stays exclusive.* => **Yes: Azure stays exclusive.**",
      "a *bold* word and 2*3*4 stays => a **bold** word and 2*3*4 stays",
      "~gone~ but kept => gone but kept",
      "Q&amp;A about &lt;models&gt; => Q&A about <models>",
      "mail <mailto:team@example.com|the team> => mail [the team](mailto:team@example.com)",
      "<https://x.example|a [draft] note> => [a \\[draft\\] note](https://x.example)"})
  void convertsInlineMarkupToMarkdown(String mrkdwn, String markdown) {
    assertThat(ContentFormat.toMarkdown(mrkdwn)).isEqualTo(markdown);
  }

  @Test
  void turnsBulletsIntoAListSetOffFromTheParagraphBeforeAndAfter() {
    String mrkdwn = "*Short answer.*\n• first point\n• second point\nAfterwards.\n";

    assertThat(ContentFormat.toMarkdown(mrkdwn))
        .isEqualTo("**Short answer.**\n\n- first point\n- second point\n\nAfterwards.");
  }

  @Test
  void leavesAListThatIsAlreadySetOffAlone() {
    assertThat(ContentFormat.toMarkdown("Intro\n\n- one\n- two")).isEqualTo("Intro\n\n- one\n- two");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
      "see <https://openai.com/index/x|the statement> now => see the statement (https://openai.com/index/x) now",
      "read <https://example.com/a?b=1&amp;c=2> => read https://example.com/a?b=1&c=2",
      "*Yes.* It is _still_ exclusive; 2*3*4 stays => Yes. It is still exclusive; 2*3*4 stays",
      "Q&amp;A about &lt;models&gt; => Q&A about <models>"})
  void convertsInlineMarkupToPlainText(String mrkdwn, String plain) {
    assertThat(ContentFormat.toPlainText(mrkdwn)).isEqualTo(plain);
  }

  @Test
  void anAnswerOfTheLongestLengthHasNoProblemAndOneMoreCharacterHasOne() {
    assertThat(ContentFormat.lengthProblem("x".repeat(ContentFormat.MAX_ANSWER_CHARS))).isEmpty();
    assertThat(ContentFormat.lengthProblem("x".repeat(ContentFormat.MAX_ANSWER_CHARS + 1)))
        .hasValue("answer is 3001 characters; answers are at most 3000 so that every chat app shows them in one piece, "
            + "so shorten it");
  }
}
