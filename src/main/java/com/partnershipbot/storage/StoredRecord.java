package com.partnershipbot.storage;

import java.time.Instant;

/** One row waiting in the write queue: a question, a vote or a reload. */
sealed interface StoredRecord {

  /** A question and what the bot did with it; userId is hashed on write unless plainUserId. */
  record QuestionRow(Instant at, String platform, String channel, String userId, boolean plainUserId,
      String question, String outcome, String entryId, String topCandidate, double score, long latencyMicros)
      implements StoredRecord {}

  /** A feedback vote. */
  record VoteRow(Instant at, String platform, String entryId, String userId, boolean plainUserId, boolean helpful)
      implements StoredRecord {}

  /** A config reload. */
  record ReloadRow(Instant at, String requestedBy, String version, String result, int errorCount, String firstError)
      implements StoredRecord {}
}
