package com.partnershipbot.delivery;

/** Told how replies end, for metrics; {@code method} is the first word of the reply's description. Must not block or throw. */
public interface DeliveryCounters {
  void retried(String method);

  void lost(String method);

  DeliveryCounters NONE = new DeliveryCounters() {
    @Override
    public void retried(String method) {}

    @Override
    public void lost(String method) {}
  };
}
