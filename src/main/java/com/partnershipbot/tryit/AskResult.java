package com.partnershipbot.tryit;

import com.partnershipbot.answering.Explained;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Topic;
import com.partnershipbot.knowledge.ContentFormat;
import com.partnershipbot.knowledge.Dates;
import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.MatchingSettings;
import com.partnershipbot.matching.Explanation;
import java.util.List;

/**
 * What {@code GET /api/ask} serves and the try-it page shows: the outcome, the chosen answer
 * ({@code text} as authored, {@code plain} without markup, {@code html} as safe HTML), its
 * source and related topics, the topics offered as choices, the best candidates with the parts of
 * their score, and the decision with the thresholds in force.
 */
public record AskResult(String question, String outcome, String id, String title, String text, String plain,
    String html, SourceLine source, List<Topic> related, List<Topic> choices, List<CandidateView> candidates,
    DecisionView decision, String configVersion) {
  /** The outcome of a request for the topic list ("help"). */
  public static final String HELP = "HELP";
  /** What decided a help reply: the question asked for the topic list. */
  static final String HELP_DECISION = "help";
  static final String CLARIFY_TEXT = "Did you mean one of these?";
  static final String SUGGEST_TEXT = "Did you mean this topic?";
  static final String HELP_TEXT = "Ask me about the OpenAI and Microsoft partnership, or pick a topic:";

  /** The answer's citation and the day an admin last reviewed it. */
  public record SourceLine(String citation, String reviewed) {}

  /** A candidate as the "why" panel shows it. */
  public record CandidateView(String id, String title, double score, double lexical, Double meaning,
      String closestQuestion) {}

  /** Which threshold decided, in words, the thresholds in force and the off-topic kind, if any. */
  public record DecisionView(String by, String reason, MatchingSettings thresholds, String offTopicKind) {}

  public static AskResult of(String question, Explained explained) {
    Reply reply = explained.reply();
    Knowledge knowledge = explained.knowledge();
    Explanation why = explained.why();
    List<CandidateView> candidates = why.candidates().stream().map(reason -> candidate(reason, knowledge)).toList();
    DecisionView decision = reply instanceof Reply.Help
        ? new DecisionView(HELP_DECISION, "Help, or an empty question, lists every topic.", why.thresholds(), null)
        : new DecisionView(why.decision().by(), why.decision().reason(), why.thresholds(),
            why.decision().offTopicKind().orElse(null));
    Said said = said(reply);
    String outcome = reply instanceof Reply.Help ? HELP : reply.match().outcome().name();
    FaqEntry entry = reply instanceof Reply.Answered answered ? answered.entry() : null;
    return new AskResult(question, outcome, entry == null ? null : entry.id(), entry == null ? null : entry.title(),
        said.text(), ContentFormat.toPlainText(said.text()).strip(), ContentFormat.toHtml(said.text()),
        entry == null ? null : new SourceLine(entry.source().citation(), Dates.human(entry.reviewed())),
        reply instanceof Reply.Answered answered ? answered.related() : List.of(), said.choices(), candidates,
        decision, knowledge.version());
  }

  /** What the bot says, in the content format, and the topics it offers to choose from. */
  private record Said(String text, List<Topic> choices) {}

  private static Said said(Reply reply) {
    if (reply instanceof Reply.Answered answered) {
      return new Said(answered.entry().answer(), List.of());
    }
    if (reply instanceof Reply.Clarification clarification) {
      return new Said(CLARIFY_TEXT, clarification.choices());
    }
    if (reply instanceof Reply.Suggestion suggestion) {
      return new Said(SUGGEST_TEXT, List.of(suggestion.topic()));
    }
    if (reply instanceof Reply.NotFound notFound) {
      String text = notFound.fallback() + notFound.ownOrganisationNote().map(note -> "\n" + note).orElse("")
          + "\n" + Reply.NotFound.HELP_HINT;
      return new Said(text, notFound.nearest());
    }
    return new Said(HELP_TEXT, ((Reply.Help) reply).topics());
  }

  private static CandidateView candidate(Explanation.Reason reason, Knowledge knowledge) {
    String title = knowledge.entry(reason.id()).map(FaqEntry::title).orElse(reason.id());
    return new CandidateView(reason.id(), title, reason.score(), reason.lexical(), reason.meaning().orElse(null),
        reason.closestQuestion().orElse(null));
  }
}
