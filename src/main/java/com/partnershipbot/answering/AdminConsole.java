package com.partnershipbot.answering;

/**
 * Runs an admin command such as {@code status} or {@code reload} for a platform user and returns
 * the reply, which the platform renders and shows only to that user.
 */
@FunctionalInterface
public interface AdminConsole {
  AdminMessage run(Platform platform, String userId, String arguments);

  AdminConsole UNAVAILABLE = (platform, userId, arguments) ->
      AdminMessage.saying("Admin commands are not available in this deployment.");
}
