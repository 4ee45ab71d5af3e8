package com.partnershipbot.answering;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts votes per entry in memory, for tests that check a vote arrived. */
public final class FeedbackTally implements FeedbackListener {
  private final Map<String, AtomicInteger> helpful = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> unhelpful = new ConcurrentHashMap<>();

  @Override
  public void voted(Vote vote) {
    Map<String, AtomicInteger> counts = vote.helpful() ? helpful : unhelpful;
    counts.computeIfAbsent(vote.entryId(), id -> new AtomicInteger()).incrementAndGet();
  }

  public int helpful(String entryId) {
    return count(helpful, entryId);
  }

  public int unhelpful(String entryId) {
    return count(unhelpful, entryId);
  }

  private static int count(Map<String, AtomicInteger> counts, String entryId) {
    AtomicInteger count = counts.get(entryId);
    return count == null ? 0 : count.get();
  }
}
