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

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
      "*Yes.* It is _still_ ~not~ exclusive => <p><strong>Yes.</strong> It is <em>still</em> <del>not</del> exclusive</p>",
      "see <https://openai.com/x?a=1&amp;b=2|the *statement*> => "
          + "<p>see <a href=\"https://openai.com/x?a=1&amp;b=2\" rel=\"noopener noreferrer\">the <strong>statement</strong></a></p>",
      "Q&amp;A about &lt;models&gt; and 2*3*4 => <p>Q&amp;A about &lt;models&gt; and 2*3*4</p>",
      "<script>alert(1)</script> => <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
      "<img src=x onerror=alert(1)> => <p>&lt;img src=x onerror=alert(1)&gt;</p>",
      "<javascript:alert(1)|click> => <p>&lt;javascript:alert(1)|click&gt;</p>",
      "<https://x.example|\"><b>x</b>> => <p><a href=\"https://x.example\" rel=\"noopener noreferrer\">&quot;</a>&lt;b&gt;x&lt;/b&gt;&gt;</p>"})
  void convertsInlineMarkupToSafeHtml(String mrkdwn, String html) {
    assertThat(ContentFormat.toHtml(mrkdwn)).isEqualTo(html);
  }

  @Test
  void turnsParagraphsBulletsAndQuotesIntoBlocksAsSlackShowsThem() {
    String mrkdwn = "*Short answer.*\nSecond line.\n\n• first point\n• second point\n> quoted\n&gt; still quoted\nAfter.\n";

    assertThat(ContentFormat.toHtml(mrkdwn)).isEqualTo("<p><strong>Short answer.</strong><br>Second line.</p>"
        + "<ul><li>first point</li><li>second point</li></ul><blockquote>quoted<br>still quoted</blockquote><p>After.</p>");
  }

  @Test
  void anAnswerOfTheLongestLengthHasNoProblemAndOneMoreCharacterHasOne() {
    assertThat(ContentFormat.lengthProblem("x".repeat(ContentFormat.MAX_ANSWER_CHARS))).isEmpty();
    assertThat(ContentFormat.lengthProblem("x".repeat(ContentFormat.MAX_ANSWER_CHARS + 1)))
        .hasValue("answer is 3001 characters; answers are at most 3000 so that every chat app shows them in one piece, "
            + "so shorten it");
  }
}
