package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The core is handed plain words: Slack's mentions, pings, links and entities are dealt with here. */
class SlackTextTest {

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(delimiterString = " => ", nullValues = "-", value = {
      "<@U123ABC> is azure still exclusive? => is azure still exclusive?",
      "<@U123|bob> and <#C42|general>: help => and : help",
      "<!here> <!channel> <!subteam^S1|@team> what about agi => what about agi",
      "can openai partner with amazon <https://example.com/news|read this> => can openai partner with amazon read this",
      "see <https://example.com/a?b=1&amp;c=2> now => see now",
      "mail <mailto:a@example.com|the team> => mail the team",
      "Q&amp;A about &lt;compute&gt; => Q&A about <compute>",
      "<@U123ABC> <!here> <#C42|general> => ''",
      "- => ''"})
  void keepsOnlyWhatThePersonWrote(String slackText, String question) {
    assertThat(SlackText.question(slackText)).isEqualTo(question);
  }
}
