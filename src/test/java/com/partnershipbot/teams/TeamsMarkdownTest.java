package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers written in Slack mrkdwn read right in Teams. */
class TeamsMarkdownTest {

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
  void convertsInlineMarkup(String mrkdwn, String markdown) {
    assertThat(TeamsMarkdown.fromMrkdwn(mrkdwn)).isEqualTo(markdown);
  }

  @Test
  void turnsBulletsIntoAListSetOffFromTheParagraphBeforeAndAfter() {
    String mrkdwn = "*Short answer.*\n• first point\n• second point\nAfterwards.\n";

    assertThat(TeamsMarkdown.fromMrkdwn(mrkdwn))
        .isEqualTo("**Short answer.**\n\n- first point\n- second point\n\nAfterwards.");
  }

  @Test
  void leavesAListThatIsAlreadySetOffAlone() {
    assertThat(TeamsMarkdown.fromMrkdwn("Intro\n\n- one\n- two")).isEqualTo("Intro\n\n- one\n- two");
  }
}
