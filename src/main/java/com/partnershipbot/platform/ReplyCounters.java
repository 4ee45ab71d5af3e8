package com.partnershipbot.platform;

/** Told when a reply to a platform is retried or finally lost, for metrics. Must not block or throw. */
public interface ReplyCounters {
  /** A call is retried, e.g. after a 429 with Retry-After; {@code method} names the platform's API call. */
  void retried(String platform, String method);

  /** A reply ended unsent, after its last attempt, for want of room in the queue, or at shutdown. */
  void lost(String platform, String method);

  ReplyCounters NONE = new ReplyCounters() {
    @Override
    public void retried(String platform, String method) {}

    @Override
    public void lost(String platform, String method) {}
  };
}
