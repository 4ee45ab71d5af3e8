package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The data our card buttons submit, and reading it back: {@code {"action":"topic","topic":id}}
 * opens a topic; {@code {"action":"feedback","topic":id,"helpful":true}} is a vote.
 */
final class SubmitActions {
  static final String ACTION = "action";
  static final String TOPIC = "topic";
  static final String FEEDBACK = "feedback";
  static final String HELPFUL = "helpful";
  static final String HELP_INTRO = "Ask me about the OpenAI and Microsoft partnership in your own words, "
      + "or pick one of these topics:";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SubmitActions() {}

  static ObjectNode topic(String id) {
    return NODES.objectNode().put(ACTION, TOPIC).put(TOPIC, id);
  }

  /** A topic button whose id comes from the card's drop-down (an input with id "topic"). */
  static ObjectNode pickTopic() {
    return NODES.objectNode().put(ACTION, TOPIC);
  }

  static ObjectNode feedback(String id, boolean helpful) {
    return NODES.objectNode().put(ACTION, FEEDBACK).put(TOPIC, id).put(HELPFUL, helpful);
  }

  static String action(JsonNode value) {
    return value.path(ACTION).asText("");
  }

  static Optional<String> topicId(JsonNode value) {
    JsonNode topic = value.path(TOPIC);
    return topic.isTextual() && !topic.asText().isBlank() ? Optional.of(topic.asText()) : Optional.empty();
  }

  static Optional<Boolean> helpful(JsonNode value) {
    JsonNode helpful = value.path(HELPFUL);
    return helpful.isBoolean() ? Optional.of(helpful.asBoolean()) : Optional.empty();
  }
}
