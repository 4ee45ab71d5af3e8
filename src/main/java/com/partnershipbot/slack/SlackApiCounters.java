package com.partnershipbot.slack;

/** Told when a Slack Web API reply is retried or finally lost, for metrics. Must not block or throw. */
interface SlackApiCounters {
  /** A call is retried, e.g. after a 429 with Retry-After; {@code method} is chat.postMessage, views.publish or response_url. */
  void retried(String method);

  /** A reply ended unsent, after its last attempt or at shutdown. */
  void lost(String method);

  SlackApiCounters NONE = new SlackApiCounters() {
    @Override
    public void retried(String method) {}

    @Override
    public void lost(String method) {}
  };
}
