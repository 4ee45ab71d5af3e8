package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
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
  private final BotTokenSource tokens;
  private final HttpClient http;

  ConnectorClient(BotTokenSource tokens, HttpClient http) {
    this.tokens = tokens;
    this.http = http;
  }

  /** Posts a reply to an activity, or a new message when {@code replyToId} is null. */
  void post(VerifiedCaller caller, String conversationId, String replyToId, ObjectNode activity)
      throws TeamsCallException {
    URI uri = activitiesUri(caller.serviceUrl(), conversationId, replyToId);
    int status = send(uri, activity, tokens.token());
    if (status == 401 || status == 403) {
      tokens.invalidate();
      status = send(uri, activity, tokens.token());
    }
    if (status < 200 || status > 299) {
      throw new TeamsCallException("the Bot Connector answered HTTP " + status + " to POST " + uri.getPath());
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

  private int send(URI uri, ObjectNode activity, String token) throws TeamsCallException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(15))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(activity), StandardCharsets.UTF_8))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new TeamsCallException("cannot reach the Bot Connector at " + uri.getHost() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TeamsCallException("interrupted while posting to the Bot Connector");
    }
  }
}
