package com.partnershipbot.admin;

import com.partnershipbot.knowledge.FaqEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An answer past its review date: reviewed more than stale_after_days ago. */
public record StaleAnswer(String id, String title, LocalDate reviewed, LocalDate due, String owner, long daysOverdue) {

  static StaleAnswer of(FaqEntry entry, int staleAfterDays, LocalDate today) {
    LocalDate due = entry.reviewDue(staleAfterDays);
    return new StaleAnswer(entry.id(), entry.title(), entry.reviewed(), due, entry.owner(),
        ChronoUnit.DAYS.between(due, today));
  }
}
