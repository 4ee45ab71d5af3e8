package com.partnershipbot.slack;

import com.partnershipbot.delivery.DeliveryCounters;

/**
 * Told when a Slack Web API reply is retried or finally lost, for metrics; {@code method} is
 * chat.postMessage, views.publish or response_url. Must not block or throw.
 */
interface SlackApiCounters extends DeliveryCounters {}
