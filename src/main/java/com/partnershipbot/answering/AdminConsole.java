package com.partnershipbot.answering;

/**
 * Runs an admin command such as {@code status} or {@code reload} for a platform user and returns
 * the reply text (Slack mrkdwn), which the platform shows only to that user.
 */
@FunctionalInterface
public interface AdminConsole {
  String run(Platform platform, String userId, String arguments);

  AdminConsole UNAVAILABLE = (platform, userId, arguments) -> "Admin commands are not available in this deployment.";
}
