package com.partnershipbot.slack;

import java.util.regex.Pattern;

/** The ids that tie the bot's buttons to their handlers. A button's value is the topic id. */
final class ActionIds {
  static final String TOPIC_PREFIX = "topic:";
  static final Pattern TOPIC = Pattern.compile(Pattern.quote(TOPIC_PREFIX) + ".+");
  static final String HELPFUL = "feedback:helpful";
  static final String NOT_HELPFUL = "feedback:not-helpful";
  static final Pattern FEEDBACK = Pattern.compile("feedback:.+");

  /** Topic buttons on a "did you mean", help or fallback prompt: choosing one answers in place of the prompt. */
  static final String CHOICES_BLOCK = "choices";
  /** Related-topic buttons under an answer: choosing one adds another answer. */
  static final String RELATED_BLOCK = "related";
  static final String FEEDBACK_BLOCK = "feedback";

  private ActionIds() {}
}
