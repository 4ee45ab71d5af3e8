package com.partnershipbot.teams;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the most recent ids seen (bounded, oldest forgotten first), to do something only once per id. */
final class RecentIds {
  private final Map<String, Boolean> seen;

  RecentIds(int capacity) {
    this.seen = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  /** True the first time an id is seen, false while it is remembered. */
  synchronized boolean firstTime(String id) {
    return seen.put(id, Boolean.TRUE) == null;
  }

  /** Forgets an id, so it counts as new again (when the work it guarded could not be done). */
  synchronized void forget(String id) {
    seen.remove(id);
  }
}
