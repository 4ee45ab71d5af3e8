package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Topic;
import com.partnershipbot.matching.Candidate;
import com.partnershipbot.matching.Match;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where cards are not available (outgoing webhooks), the unsure replies read as Markdown with topics by name. */
class TeamsTextTest {
  private static final Topic AZURE = new Topic("azure", "Azure and stateless OpenAI APIs");

  @Test
  void aSuggestionNamesItsOneTopic() {
    String text = TeamsText.render(new Reply.Suggestion(AZURE, Match.suggest(new Candidate("azure", 0.4))));

    assertThat(text).isEqualTo("Did you mean **Azure and stateless OpenAI APIs**? Ask again with its name.\n\n"
        + "- **azure**: Azure and stateless OpenAI APIs");
  }

  @Test
  void aDeclineIsTheFallbackTheNoteAtMostThreeTopicsAndTheHelpHint() {
    List<Topic> five = List.of(AZURE, new Topic("compute", "Compute"), new Topic("agi", "AGI"),
        new Topic("ip", "IP"), new Topic("revenue", "Revenue"));
    String text = TeamsText.render(new Reply.NotFound("I only answer *partnership* questions.", five,
        Optional.of("For your organisation's own AI policies, tools and people, ask #ai-office."),
        Match.noAnswer(0.1, List.of())));

    assertThat(text).isEqualTo("I only answer **partnership** questions.\n\n"
        + "For your organisation's own AI policies, tools and people, ask #ai-office.\n\n"
        + "Nearest topics:\n\n- **azure**: Azure and stateless OpenAI APIs\n- **compute**: Compute\n- **agi**: AGI\n\n"
        + "Send **help** to see every topic I cover.");
  }
}
