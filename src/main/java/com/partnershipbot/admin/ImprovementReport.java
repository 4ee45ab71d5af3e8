package com.partnershipbot.admin;

import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.storage.Activity;
import com.partnershipbot.storage.EntryVotes;
import java.time.Instant;
import java.util.List;

/**
 * What admins need to improve the answers: activity, top unanswered questions, worst-rated and
 * stale answers, and the confusable curated questions ({@code confusable} is empty when
 * {@code confusableChecked} is false: there was no sentence encoder to tell).
 */
public record ImprovementReport(Instant since, Instant until, Lookback lookback, String configVersion, int entries,
    String records, Activity activity, List<UnansweredGroup> unanswered, int answeredNow, List<EntryVotes> worstRated,
    int staleAfterDays, List<StaleAnswer> stale, boolean confusableChecked, List<ConfigProblem> confusable) {

  public ImprovementReport {
    unanswered = List.copyOf(unanswered);
    worstRated = List.copyOf(worstRated);
    stale = List.copyOf(stale);
    confusable = List.copyOf(confusable);
  }
}
