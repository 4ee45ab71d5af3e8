package com.partnershipbot.admin;

import com.partnershipbot.answering.ConfigSnapshot;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.Confusable;
import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.matching.Match;
import com.partnershipbot.matching.Outcome;
import com.partnershipbot.matching.QuestionSimilarity;
import com.partnershipbot.storage.AskedQuestion;
import com.partnershipbot.storage.EntryVotes;
import com.partnershipbot.storage.Insights;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the improvement report from the records and the config being served. */
public final class ReportBuilder {
  /** Distinct unanswered texts read from the records before grouping. */
  static final int READ_LIMIT = 2_000;
  /** Questions this alike (shared terms over all terms) are grouped as near-duplicates. */
  static final double NEAR_DUPLICATE = 0.5;
  /** A top candidate below this confidence is no real lead: the question needs a new answer. */
  static final double LIKELY_ENTRY_MIN_SCORE = 0.15;

  private final Insights insights;
  private final Clock clock;
  private final MatcherFactory matchers;

  /** A report without the confusable-question check. */
  public ReportBuilder(Insights insights, Clock clock) {
    this(insights, clock, MatcherFactory.lexicalOnly());
  }

  /** A report whose confusable questions are found with these matchers' encoder and vectors. */
  public ReportBuilder(Insights insights, Clock clock, MatcherFactory matchers) {
    this.insights = insights;
    this.clock = clock;
    this.matchers = matchers;
  }

  public ImprovementReport build(ConfigSnapshot snapshot, Lookback lookback, int limit) {
    Instant until = clock.instant();
    Instant since = until.minus(lookback.duration());
    Knowledge knowledge = snapshot.knowledge();
    List<UnansweredGroup> groups = groups(snapshot, insights.unanswered(since, READ_LIMIT));
    List<UnansweredGroup> open = groups.stream().filter(g -> g.answeredNowBy() == null).limit(limit).toList();
    int answeredNow = (int) groups.stream().filter(g -> g.answeredNowBy() != null).count();
    List<EntryVotes> worst = insights.votes(since).stream().filter(v -> v.notHelpful() > 0).limit(limit).toList();
    Optional<List<Confusable>> confusable = matchers.confusables(knowledge);
    return new ImprovementReport(since, until, lookback, knowledge.version(), knowledge.entries().size(),
        insights.description(), insights.activity(since), open, answeredNow, worst,
        knowledge.settings().staleAfterDays(), stale(knowledge, LocalDate.now(clock)), confusable.isPresent(),
        confusable.orElse(List.of()).stream().map(c -> c.warning(knowledge)).toList());
  }

  /** Answers past their review date, the most overdue first. */
  public static List<StaleAnswer> stale(Knowledge knowledge, LocalDate today) {
    int days = knowledge.settings().staleAfterDays();
    return knowledge.entries().stream()
        .filter(entry -> entry.reviewDue(days).isBefore(today))
        .map(entry -> StaleAnswer.of(entry, days, today))
        .sorted(Comparator.comparingLong(StaleAnswer::daysOverdue).reversed().thenComparing(StaleAnswer::id))
        .toList();
  }

  private static List<UnansweredGroup> groups(ConfigSnapshot snapshot, List<AskedQuestion> asked) {
    QuestionSimilarity similarity = QuestionSimilarity.of(snapshot.knowledge());
    List<Cluster> clusters = new ArrayList<>();
    for (AskedQuestion question : asked) {
      Set<String> terms = similarity.terms(question.text());
      Cluster home = clusters.stream().filter(c -> c.accepts(terms, question.text())).findFirst().orElse(null);
      if (home == null) {
        clusters.add(new Cluster(question, terms));
      } else {
        home.add(question);
      }
    }
    return clusters.stream().map(cluster -> cluster.toGroup(snapshot))
        .sorted(Comparator.comparingLong(UnansweredGroup::times).reversed()
            .thenComparing(UnansweredGroup::lastAsked, Comparator.reverseOrder()))
        .toList();
  }

  /** Questions gathered around the first (most asked) one. */
  private static final class Cluster {
    private final AskedQuestion first;
    private final Set<String> terms;
    private final List<AskedQuestion> members = new ArrayList<>();

    Cluster(AskedQuestion first, Set<String> terms) {
      this.first = first;
      this.terms = terms;
      members.add(first);
    }

    boolean accepts(Set<String> otherTerms, String text) {
      if (terms.isEmpty() || otherTerms.isEmpty()) {
        return first.text().strip().equalsIgnoreCase(text.strip());
      }
      return QuestionSimilarity.similarity(terms, otherTerms) >= NEAR_DUPLICATE;
    }

    void add(AskedQuestion question) {
      members.add(question);
    }

    UnansweredGroup toGroup(ConfigSnapshot snapshot) {
      long times = members.stream().mapToLong(AskedQuestion::times).sum();
      Instant last = members.stream().map(AskedQuestion::lastAsked).max(Comparator.naturalOrder()).orElseThrow();
      List<String> others = members.stream().skip(1).map(AskedQuestion::text).toList();
      Match match = snapshot.matcher().match(first.text());
      if (match.outcome() == Outcome.ANSWER) {
        return new UnansweredGroup(first.text(), others, times, last, match.id(), match.score(), match.id());
      }
      boolean lead = !match.candidates().isEmpty() && match.candidates().get(0).score() >= LIKELY_ENTRY_MIN_SCORE;
      String likely = lead ? match.candidates().get(0).id() : null;
      double score = lead ? match.candidates().get(0).score() : 0;
      return new UnansweredGroup(first.text(), others, times, last, likely, score, null);
    }
  }
}
