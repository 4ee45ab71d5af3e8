package com.partnershipbot.storage;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminNotifier;
import java.util.ArrayList;
import java.util.List;

/**
 * What storage did on its own that the admins must hear about, such as a corrupt file moved aside.
 * Storage opens before any chat platform can notify anyone, so notices are kept (the first few) and
 * told to each notifier as it is added; later ones go straight to every notifier.
 */
final class StorageNotices {
  private static final int KEPT = 10;

  private final List<AdminMessage> told = new ArrayList<>();
  private final List<AdminNotifier> notifiers = new ArrayList<>();

  synchronized void tell(AdminMessage message) {
    if (told.size() < KEPT) {
      told.add(message);
    }
    notifiers.forEach(notifier -> notifier.notifyAdmins(message));
  }

  synchronized void tellThrough(AdminNotifier notifier) {
    notifiers.add(notifier);
    told.forEach(notifier::notifyAdmins);
  }
}
