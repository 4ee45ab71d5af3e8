package com.partnershipbot.slack;

import com.partnershipbot.answering.LogText;
import com.partnershipbot.delivery.AttemptFailed;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Slack Web API and response_url results into what the reply lanes need to know: rate
 * limited (429, "ratelimited"), not delivered (5xx, "service_unavailable", no connection), maybe
 * delivered (no answer after sending, "internal_error" and "fatal_error", which Slack says may
 * have partly succeeded), or refused for good (any other error).
 */
final class SlackCalls {
  private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);
  private static final Set<String> MAYBE_DONE = Set.of("internal_error", "fatal_error");
  private static final Set<String> NOT_DONE = Set.of("service_unavailable");

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

  static void api(String method, ApiCall call) throws AttemptFailed {
    SlackApiTextResponse response;
    try {
      response = call.call();
    } catch (SlackApiException e) {
      throw httpStatus(method, e.getResponse().code(), e.getResponse().header("Retry-After"));
    } catch (IOException e) {
      throw failedCall(method, e);
    }
    if (!response.isOk()) {
      String error = String.valueOf(response.getError());
      if ("ratelimited".equals(error)) {
        throw AttemptFailed.rateLimited(method, retryAfter(null));
      }
      String reason = method + " failed: " + LogText.of(error);
      throw NOT_DONE.contains(error) ? AttemptFailed.notDelivered(reason)
          : MAYBE_DONE.contains(error) ? AttemptFailed.maybeDelivered(reason) : AttemptFailed.refused(reason);
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

  static void webhook(WebhookCall call) throws AttemptFailed {
    WebhookResponse response;
    try {
      response = call.call();
    } catch (IOException e) {
      throw failedCall("response_url post", e);
    }
    int code = response.getCode() == null ? 0 : response.getCode();
    if (code < 200 || code >= 300) {
      throw httpStatus("response_url post", code, null);
    }
  }

  private static AttemptFailed httpStatus(String what, int code, String retryAfter) {
    if (code == 429) {
      return AttemptFailed.rateLimited(what, retryAfter(retryAfter));
    }
    String reason = what + " answered HTTP " + code;
    return code >= 500 ? AttemptFailed.notDelivered(reason) : AttemptFailed.refused(reason);
  }

  /** A connection that never carried the request is safe to try again; any other I/O failure may have delivered it. */
  static AttemptFailed failedCall(String what, IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException || e instanceof SocketTimeoutException && message.contains("connect");
    String reason = what + (notSent ? " could not connect: " : " got no answer: ") + e.getClass().getSimpleName()
        + " " + LogText.of(e.getMessage());
    return notSent ? AttemptFailed.notDelivered(reason) : AttemptFailed.maybeDelivered(reason);
  }

  /** A Retry-After header in whole seconds; a missing or odd value means one second. */
  static Duration retryAfter(String header) {
    try {
      long seconds = header == null ? 1 : Long.parseLong(header.strip());
      return Duration.ofSeconds(Math.max(1, Math.min(seconds, 3_600)));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
