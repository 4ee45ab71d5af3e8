package com.partnershipbot.tryit;

import com.partnershipbot.answering.ReloadListener;
import com.partnershipbot.answering.ReloadResult;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The last reload that was refused, until a later one is applied: what an admin editing YAML needs to see. */
final class LastRefusal implements ReloadListener {
  private final AtomicReference<ReloadResult> refused = new AtomicReference<>();

  @Override
  public void reloaded(ReloadResult result) {
    if (result.refused()) {
      refused.set(result);
    } else {
      refused.set(null);
    }
  }

  Optional<ReloadResult> get() {
    return Optional.ofNullable(refused.get());
  }
}
