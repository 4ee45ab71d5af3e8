package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Topic;
import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Source;
import com.partnershipbot.matching.Match;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Block Kit rendering stays inside Slack's limits and never lets typed text ping anyone. */
class ReplyBlocksTest {
  private static final Source SOURCE = new Source("Joint statement", "OpenAI & Microsoft", "blog", LocalDate.of(2026, 2, 27));

  @Test
  void aLongAnswerIsSplitIntoSectionsOfAtMost3000Characters() {
    String paragraph = "• " + "word ".repeat(150) + "\n";
    FaqEntry entry = entry("long", "A long answer", paragraph.repeat(30));

    SlackMessage message = ReplyBlocks.answered(new Reply.Answered(entry, List.of(), match()));

    List<String> sections = sectionTexts(message.blocks());
    assertThat(sections).hasSizeGreaterThan(1).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(3000));
    assertThat(String.join("\n", sections).replaceAll("\\s+", "")).isEqualTo(entry.answer().replaceAll("\\s+", ""));
    assertThat(message.blocks()).hasSizeLessThanOrEqualTo(50);
  }

  @Test
  void aSingleLineLongerThanASectionIsCutAtASpace() {
    List<String> chunks = Mrkdwn.chunks("abc ".repeat(2000), 3000);

    assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(3000));
    assertThat(String.join("", chunks)).isEqualTo("abc ".repeat(2000).strip());
  }

  @Test
  void theTopLevelTextFallbackIsTheTitleAndTheAnswersLeadLine() {
    FaqEntry entry = entry("azure", "Azure", "*Yes.*\n• details\n• more details");

    assertThat(ReplyBlocks.answered(new Reply.Answered(entry, List.of(), match())).text()).isEqualTo("Azure\n*Yes.*");
    assertThat(ReplyBlocks.help(List.of(new Topic("azure", "Azure"))).text()).contains("Azure");
  }

  @Test
  void theSourceLineEscapesItsAmpersand() {
    FaqEntry entry = entry("azure", "Azure", "Yes.");

    SlackMessage message = ReplyBlocks.answered(new Reply.Answered(entry, List.of(), match()));

    ContextBlock context = (ContextBlock) message.blocks().get(2);
    assertThat(((MarkdownTextObject) context.getElements().get(0)).getText())
        .isEqualTo("Source: Joint statement, OpenAI &amp; Microsoft, 27 Feb 2026 · Reviewed 26 Nov 2026");
  }

  @Test
  void typedTextIsQuotedEscapedOnOneLineAndShort() {
    String quoted = Mrkdwn.quote("<!here>\n<@U123|bob> & " + "x".repeat(500));

    assertThat(quoted).startsWith("&lt;!here&gt; &lt;@U123|bob&gt; &amp; ").doesNotContain("\n").doesNotContain("<");
    assertThat(quoted.length()).isLessThan(260);
  }

  @Test
  void manyTopicsAreSplitIntoRowsOf25ButtonsWithDistinctBlockIds() {
    List<Topic> topics = IntStream.range(0, 60).mapToObj(i -> new Topic("t" + i, "Topic " + i)).toList();

    SlackMessage message = ReplyBlocks.help(topics);

    List<ActionsBlock> rows = message.blocks().stream().filter(ActionsBlock.class::isInstance).map(ActionsBlock.class::cast).toList();
    assertThat(rows).extracting(row -> row.getElements().size()).containsExactly(25, 25, 10);
    assertThat(rows).extracting(ActionsBlock::getBlockId).doesNotHaveDuplicates().allMatch(id -> id.startsWith("choices"));
  }

  @Test
  void aVeryLongTitleIsShortenedForTheHeader() {
    FaqEntry entry = entry("t", "T".repeat(400), "Yes.");

    SlackMessage message = ReplyBlocks.answered(new Reply.Answered(entry, List.of(), match()));

    assertThat(((HeaderBlock) message.blocks().get(0)).getText().getText()).hasSize(150).endsWith("…");
  }

  private static List<String> sectionTexts(List<LayoutBlock> blocks) {
    return blocks.stream().filter(SectionBlock.class::isInstance)
        .map(block -> ((SectionBlock) block).getText().getText()).toList();
  }

  private static FaqEntry entry(String id, String title, String answer) {
    return new FaqEntry(id, title, answer, List.of("q"), List.of(), List.of(), SOURCE, LocalDate.of(2026, 11, 26),
        "owner", List.of());
  }

  private static Match match() {
    return Match.answer("x", 1.0, List.of());
  }
}
