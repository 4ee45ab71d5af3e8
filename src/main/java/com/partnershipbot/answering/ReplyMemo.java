package com.partnershipbot.answering;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * The replies to recent questions, for the config they were made with, so a question asked again
 * skips the matcher. Bounded (least recently used go first) and emptied when the config changes.
 */
final class ReplyMemo {
  /** Longer questions are rarely asked twice word for word; they are not remembered. */
  static final int MAX_QUESTION_CHARS = 200;

  private final int capacity;
  private final LinkedHashMap<String, Reply> replies = new LinkedHashMap<>(64, 0.75f, true);
  private ConfigSnapshot snapshot;

  ReplyMemo(int capacity) {
    this.capacity = capacity;
  }

  /** The reply remembered for this question under this config, or null. */
  synchronized Reply get(ConfigSnapshot current, String question) {
    if (current != snapshot) {
      snapshot = current;
      replies.clear();
      return null;
    }
    return replies.get(question);
  }

  synchronized void put(ConfigSnapshot current, String question, Reply reply) {
    if (current != snapshot || question.length() > MAX_QUESTION_CHARS) {
      return;
    }
    replies.put(question, reply);
    if (replies.size() > capacity) {
      Iterator<String> leastRecent = replies.keySet().iterator();
      leastRecent.next();
      leastRecent.remove();
    }
  }
}
