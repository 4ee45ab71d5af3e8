package com.partnershipbot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;

/** Slack's JSON payloads (Events API callbacks, block_actions), built field by field as Slack sends them. */
final class Payloads {
  /** Slack stamps every click with its own action_ts. */
  private static final java.util.concurrent.atomic.AtomicLong ACTION_TS = new java.util.concurrent.atomic.AtomicLong(300);

  private Payloads() {}

  private static String nextActionTs() {
    return String.format(java.util.Locale.ROOT, "1700000000.%06d", ACTION_TS.incrementAndGet());
  }

  static String mention(String eventId, String channel, String ts, String threadTs, String user, String text) {
    ObjectNode event = Json.MAPPER.createObjectNode().put("type", "app_mention").put("user", user)
        .put("text", text).put("ts", ts).put("channel", channel).put("event_ts", ts);
    if (threadTs != null) {
      event.put("thread_ts", threadTs);
    }
    return callback(eventId, event);
  }

  static ObjectNode directMessage(String channel, String ts, String user, String text) {
    return Json.MAPPER.createObjectNode().put("type", "message").put("channel_type", "im").put("user", user)
        .put("text", text).put("ts", ts).put("channel", channel).put("event_ts", ts);
  }

  static String homeOpened(String eventId, String user) {
    ObjectNode event = Json.MAPPER.createObjectNode().put("type", "app_home_opened").put("user", user)
        .put("channel", "D0HOME").put("tab", "home").put("event_ts", "1700000000.000001");
    return callback(eventId, event);
  }

  static String callback(String eventId, ObjectNode event) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("token", "unused").put("team_id", "T0001")
        .put("api_app_id", "A0001").put("type", "event_callback").put("event_id", eventId)
        .put("event_time", SignedClient.now());
    body.set("event", event);
    body.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", FakeSlackApi.BOT_USER_ID)
        .put("is_bot", true);
    return Json.write(body);
  }

  /** A button click; {@code containerType} is "message" or "view", {@code threadTs} may be null. */
  static String click(String actionId, String blockId, String value, boolean ephemeral, String threadTs,
      String containerType, String responseUrl) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("type", "block_actions").put("api_app_id", "A0001")
        .put("token", "unused").put("trigger_id", "1.2.3").put("response_url", responseUrl);
    body.putObject("team").put("id", "T0001").put("domain", "example");
    body.putObject("user").put("id", SignedClient.USER).put("username", "asker").put("team_id", "T0001");
    ObjectNode container = body.putObject("container").put("type", containerType)
        .put("message_ts", "1700000000.000200").put("channel_id", SignedClient.CHANNEL).put("is_ephemeral", ephemeral);
    if (threadTs != null) {
      container.put("thread_ts", threadTs);
    }
    body.putObject("channel").put("id", SignedClient.CHANNEL).put("name", "general");
    body.putArray("actions").addObject().put("type", "button").put("action_id", actionId).put("block_id", blockId)
        .put("value", value).put("action_ts", nextActionTs())
        .putObject("text").put("type", "plain_text").put("text", value);
    return Json.write(body);
  }
}
