package com.partnershipbot.answering;

/** Told about every config reload, applied or refused, for records, metrics and admin notices. */
@FunctionalInterface
public interface ReloadListener {
  void reloaded(ReloadResult result);
}
