package com.partnershipbot.answering;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a platform adapter remembers about conversations beyond one request, shared by every
 * instance on one database: which conversations were welcomed, and where each admin can be
 * reached unprompted (an address the platform writes and reads back, opaque here).
 */
public interface ConversationMemory {
  /** True the first time any instance claims the welcome of this conversation, false ever after. */
  boolean firstWelcome(Platform platform, String conversationId);

  /** Remembers (or replaces) where the admin {@code userId} can be reached on {@code platform}. */
  void rememberAdmin(Platform platform, String userId, String address);

  /** User id to address, for every admin remembered on {@code platform}. */
  Map<String, String> adminAddresses(Platform platform);

  /** Memory of this process only, for tests and tools without a database. */
  static ConversationMemory inMemory() {
    Map<String, Boolean> welcomed = new ConcurrentHashMap<>();
    Map<String, String> admins = new ConcurrentHashMap<>();
    return new ConversationMemory() {
      @Override
      public boolean firstWelcome(Platform platform, String conversationId) {
        return welcomed.putIfAbsent(platform.label() + "|" + conversationId, Boolean.TRUE) == null;
      }

      @Override
      public void rememberAdmin(Platform platform, String userId, String address) {
        admins.put(platform.label() + "|" + userId, address);
      }

      @Override
      public Map<String, String> adminAddresses(Platform platform) {
        String prefix = platform.label() + "|";
        Map<String, String> found = new java.util.HashMap<>();
        admins.forEach((key, address) -> {
          if (key.startsWith(prefix)) {
            found.put(key.substring(prefix.length()), address);
          }
        });
        return found;
      }
    };
  }
}
