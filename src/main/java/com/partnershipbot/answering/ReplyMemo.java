package com.partnershipbot.answering;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replies to recent questions, for the config they were made with, so a question asked again
 * skips the matcher. Reads take no lock. A new config starts an empty memo; a full one is emptied
 * and starts over, which keeps memory bounded without bookkeeping on every read.
 */
final class ReplyMemo {
  /** Longer questions are rarely asked twice word for word; they are not remembered. */
  static final int MAX_QUESTION_CHARS = 200;

  private final int capacity;
  private volatile Memo memo = new Memo(null);

  /** The replies remembered for one config. */
  private record Memo(ConfigSnapshot snapshot, Map<String, Reply> replies) {
    Memo(ConfigSnapshot snapshot) {
      this(snapshot, new ConcurrentHashMap<>());
    }
  }

  ReplyMemo(int capacity) {
    this.capacity = capacity;
  }

  /** The reply remembered for this question under this config, or null. */
  Reply get(ConfigSnapshot current, String question) {
    Memo now = memo;
    return now.snapshot() == current ? now.replies().get(question) : null;
  }

  void put(ConfigSnapshot current, String question, Reply reply) {
    if (question.length() > MAX_QUESTION_CHARS) {
      return;
    }
    Memo now = memo;
    if (now.snapshot() != current || now.replies().size() >= capacity) {
      now = new Memo(current);
      memo = now;
    }
    now.replies().put(question, reply);
  }
}
