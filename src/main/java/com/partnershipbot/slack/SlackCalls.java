package com.partnershipbot.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns Slack Web API and response_url results into delivery outcomes, so that 429s are retried. */
final class SlackCalls {
  private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);
  private SlackCalls() {}

  /** A Web API call such as {@code client.chatPostMessage(...)}. */
  @FunctionalInterface
  interface ApiCall {
    SlackApiTextResponse call() throws IOException, SlackApiException;
  }

  /** A response_url post such as {@code responder.send(...)}. */
  @FunctionalInterface
  interface WebhookCall {
    WebhookResponse call() throws IOException;
  }

  static void api(String method, ApiCall call) throws IOException, RateLimitedException, DeliveryFailedException {
    SlackApiTextResponse response;
    try {
      response = call.call();
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        throw new RateLimitedException(method, RateLimitedException.parseRetryAfter(e.getResponse().header("Retry-After")));
      }
      throw new DeliveryFailedException(method + " failed with HTTP " + e.getResponse().code());
    }
    if (!response.isOk()) {
      if ("ratelimited".equals(response.getError())) {
        throw new RateLimitedException(method, RateLimitedException.parseRetryAfter(null));
      }
      throw new DeliveryFailedException(method + " failed: " + response.getError());
    }
  }

  /** False, with one log line, when Slack sent no response_url to answer through (a forged or unusual payload). */
  static boolean canRespond(String responseUrl, String what) {
    if (responseUrl == null || responseUrl.isBlank()) {
      LOG.info("Not sent ({}): the payload has no response_url", what);
      return false;
    }
    return true;
  }

  static void webhook(WebhookCall call) throws IOException, RateLimitedException, DeliveryFailedException {
    WebhookResponse response = call.call();
    int code = response.getCode() == null ? 0 : response.getCode();
    if (code == 429) {
      throw new RateLimitedException("response_url post", RateLimitedException.parseRetryAfter(null));
    }
    if (code < 200 || code >= 300) {
      throw new DeliveryFailedException("response_url post failed with HTTP " + code);
    }
  }
}
