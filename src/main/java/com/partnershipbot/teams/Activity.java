package com.partnershipbot.teams;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import java.io.IOException;
import java.util.Optional;

/** An incoming Bot Framework activity: read-only accessors over its JSON, tolerant of absent fields. */
record Activity(JsonNode json) {

  /** Parses a request body; anything but a JSON object with a {@code type} is malformed. */
  static Activity parse(byte[] body) throws MalformedActivityException {
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new MalformedActivityException("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new MalformedActivityException("the body cannot be read");
    }
    if (json == null || !json.isObject()) {
      throw new MalformedActivityException("the body must be a JSON object (a Bot Framework activity)");
    }
    if (!json.path("type").isTextual() || json.path("type").asText().isBlank()) {
      throw new MalformedActivityException("the activity has no \"type\"");
    }
    return new Activity(json);
  }

  String type() {
    return field("type");
  }

  String id() {
    return field("id");
  }

  String channelId() {
    return field("channelId");
  }

  String serviceUrl() {
    return field("serviceUrl");
  }

  /** The message text, or "" when there is none. */
  String text() {
    String text = field("text");
    return text == null ? "" : text;
  }

  JsonNode conversation() {
    return json.path("conversation");
  }

  String conversationId() {
    return textOf(conversation().path("id"));
  }

  /** "personal", "groupChat" or "channel". */
  String conversationType() {
    return textOf(conversation().path("conversationType"));
  }

  /** True for channels and group chats, where the bot answers only when @mentioned. */
  boolean isShared() {
    String type = conversationType();
    return "channel".equals(type) || "groupChat".equals(type) || type == null && conversation().path("isGroup").asBoolean();
  }

  JsonNode from() {
    return json.path("from");
  }

  JsonNode recipient() {
    return json.path("recipient");
  }

  String recipientId() {
    return textOf(recipient().path("id"));
  }

  /** Who sent it: the Entra ID object id when Teams gives one (stable across chats), else the channel id. */
  String userId() {
    String aad = textOf(from().path("aadObjectId"));
    return aad != null ? aad : textOf(from().path("id"));
  }

  /** The Microsoft Entra tenant the activity comes from: channelData.tenant.id, else conversation.tenantId. */
  String tenantId() {
    String tenant = textOf(json.path("channelData").path("tenant").path("id"));
    return tenant != null ? tenant : textOf(conversation().path("tenantId"));
  }

  JsonNode entities() {
    return json.path("entities");
  }

  JsonNode membersAdded() {
    return json.path("membersAdded");
  }

  /** The data of an Adaptive Card Action.Submit, when this message is one. */
  Optional<JsonNode> submitted() {
    JsonNode value = json.path("value");
    return value.isObject() ? Optional.of(value) : Optional.empty();
  }

  /** A top-level text field, or null when absent or empty. */
  String field(String name) {
    return textOf(json.path(name));
  }

  private static String textOf(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
  }
}
