package com.partnershipbot.slack;

/** Slack refused a message for good (for example channel_not_found): retrying would not help. */
final class DeliveryFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  DeliveryFailedException(String message) {
    super(message);
  }
}
