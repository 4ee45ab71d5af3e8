package com.partnershipbot.answering;

/** Tells the bot's admins something they must act on, such as a refused config. Must not throw. */
@FunctionalInterface
public interface AdminNotifier {
  void notifyAdmins(AdminMessage message);

  AdminNotifier NONE = message -> {};
}
