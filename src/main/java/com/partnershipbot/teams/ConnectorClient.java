package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.delivery.AttemptFailed;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts activities to the Bot Connector at the service URL a verified token vouched for:
 * {@code POST {serviceUrl}/v3/conversations/{conversationId}/activities[/{activityId}]}, ids
 * URL-encoded (channel conversation ids contain {@code ;messageid=}).
 */
final class ConnectorClient {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
  private final BotTokenSource tokens;
  private final HttpClient http;

  ConnectorClient(BotTokenSource tokens, HttpClient http) {
    this.tokens = tokens;
    this.http = http;
  }

  /**
   * Posts a reply to an activity, or a new message when {@code replyToId} is null; says how a
   * failed attempt failed: 429 (with Retry-After), 5xx or no connection (not delivered), no answer
   * after sending (maybe delivered: the Bot Connector cannot be asked), anything else refused.
   */
  void post(VerifiedCaller caller, String conversationId, String replyToId, ObjectNode activity)
      throws AttemptFailed, InterruptedException {
    call("POST", activitiesUri(caller.serviceUrl(), conversationId, replyToId), activity);
  }

  /**
   * Replaces an activity the bot posted earlier, such as an answer card after a vote:
   * {@code PUT {serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}}. Sending the
   * same update twice leaves the same card, so every failure but a refusal may be retried.
   */
  void update(VerifiedCaller caller, String conversationId, String activityId, ObjectNode activity)
      throws AttemptFailed, InterruptedException {
    ObjectNode replacement = activity.deepCopy().put("id", activityId);
    replacement.remove("replyToId");
    try {
      call("PUT", activitiesUri(caller.serviceUrl(), conversationId, activityId), replacement);
    } catch (AttemptFailed e) {
      throw AttemptFailed.isMaybeDelivered(e) ? AttemptFailed.notDelivered(e.getMessage()) : e;
    }
  }

  /**
   * 429 (with Retry-After) is rate limited; 412 (a concurrent change), 5xx and no connection are
   * not delivered; no answer after sending is maybe delivered; anything else is refused.
   */
  private void call(String method, URI uri, ObjectNode activity) throws AttemptFailed, InterruptedException {
    HttpResponse<Void> response = send(method, uri, activity, token());
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      tokens.invalidate();
      response = send(method, uri, activity, token());
    }
    int status = response.statusCode();
    String what = "the Bot Connector answered HTTP " + status + " to " + method + " " + uri.getRawPath();
    if (status == 429) {
      throw AttemptFailed.rateLimited(what, retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
    }
    if (status == 412 || status >= 500) {
      throw AttemptFailed.notDelivered(what);
    }
    if (status < 200 || status > 299) {
      throw AttemptFailed.refused(what);
    }
  }

  private String token() throws AttemptFailed {
    try {
      return tokens.token();
    } catch (TeamsCallException e) {
      throw AttemptFailed.notDelivered(e.getMessage());
    }
  }

  /** Retry-After in whole seconds (at least one); a missing or odd value means one second. */
  static Duration retryAfter(String header) {
    try {
      return Duration.ofSeconds(header == null ? 1 : Math.max(1, Math.min(Long.parseLong(header.strip()), 3_600)));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }

  static URI activitiesUri(URI serviceUrl, String conversationId, String replyToId) {
    String base = serviceUrl.toString().replaceAll("/+$", "");
    String path = "/v3/conversations/" + encode(conversationId) + "/activities"
        + (replyToId == null ? "" : "/" + encode(replyToId));
    return URI.create(base + path);
  }

  static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpResponse<Void> send(String method, URI uri, ObjectNode activity, String token) throws AttemptFailed,
      InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(CALL_TIMEOUT)
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json; charset=utf-8")
        .method(method, HttpRequest.BodyPublishers.ofString(Json.write(activity), StandardCharsets.UTF_8))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw AttemptFailed.notDelivered("cannot reach the Bot Connector at " + uri.getHost() + ": " + e);
    } catch (IOException e) {
      throw AttemptFailed.maybeDelivered("no answer from the Bot Connector at " + uri.getHost() + ": " + e);
    }
  }
}
