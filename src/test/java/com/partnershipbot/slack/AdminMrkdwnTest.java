package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminMessage.Signal;
import com.partnershipbot.answering.AdminMessage.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admin replies and notices read as Slack mrkdwn, and whatever they quote cannot ping or break out of code. */
class AdminMrkdwnTest {

  @Test
  void rendersTheSignalTitleBulletsNotesAndCode() {
    AdminMessage message = AdminMessage.titled("Top unanswered questions").marked(Signal.WARNING)
        .line(Text.plain("Status: ").thenStrong("refused").then(", version ").thenCode("abc123"))
        .bullet(Text.plain("\"lunch menu\" (4 times)"), Text.quiet("No entry comes close."))
        .bullet(Text.code("azure").then(": 2 not helpful"))
        .preformatted(List.of("answers/azure.yml:3:1: unknown field 'titel'", "… and 2 more"));

    assertThat(AdminMrkdwn.render(message)).isEqualTo(":warning: *Top unanswered questions*\n"
        + "Status: *refused*, version `abc123`\n"
        + "• \"lunch menu\" (4 times)\n    _No entry comes close._\n"
        + "• `azure`: 2 not helpful\n"
        + "```\nanswers/azure.yml:3:1: unknown field 'titel'\n… and 2 more\n```");
  }

  @Test
  void aMessageWithoutATitleStartsWithItsSignalAndFirstLine() {
    assertThat(AdminMrkdwn.render(AdminMessage.saying("Reloaded.").marked(Signal.DONE)))
        .isEqualTo(":white_check_mark: Reloaded.");
    assertThat(AdminMrkdwn.render(AdminMessage.saying("Refused.").marked(Signal.REFUSED))).isEqualTo(":x: Refused.");
  }

  @Test
  void quotedTextIsEscapedAndCannotCloseItsCodeSpanOrBlock() {
    AdminMessage message = AdminMessage.saying(Text.plain("by <!channel> & <@U1>: ").thenCode("a`b"))
        .preformatted(List.of("x ``` y <b>"));

    assertThat(AdminMrkdwn.render(message))
        .isEqualTo("by &lt;!channel&gt; &amp; &lt;@U1&gt;: `a'b`\n```\nx ''' y &lt;b&gt;\n```");
  }
}
