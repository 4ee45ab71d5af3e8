package com.partnershipbot.platform;

import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ConversationMemory;
import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.delivery.RetryPolicy;

/**
 * What every platform is given: the answers, where votes go, the admin commands, the log of
 * events already answered, the counters for replies retried or lost, what is remembered about
 * conversations (welcomes, where admins can be reached), the experts' desk, and how hard replies
 * are retried before they are counted lost.
 */
public record PlatformServices(AnswerService answers, FeedbackListener feedback, AdminConsole adminConsole,
    DeliveryLog deliveries, ReplyCounters counters, ConversationMemory conversations, ExpertDesk experts,
    RetryPolicy replyRetries) {

  /** With the production retry policy. */
  public PlatformServices(AnswerService answers, FeedbackListener feedback, AdminConsole adminConsole,
      DeliveryLog deliveries, ReplyCounters counters, ConversationMemory conversations, ExpertDesk experts) {
    this(answers, feedback, adminConsole, deliveries, counters, conversations, experts, RetryPolicy.DEFAULT);
  }

  /** With conversations remembered in this process only and no experts. */
  public PlatformServices(AnswerService answers, FeedbackListener feedback, AdminConsole adminConsole,
      DeliveryLog deliveries, ReplyCounters counters) {
    this(answers, feedback, adminConsole, deliveries, counters, ConversationMemory.inMemory(), ExpertDesk.none());
  }

  /** Without experts: no "Ask the experts" button is offered. */
  public PlatformServices(AnswerService answers, FeedbackListener feedback, AdminConsole adminConsole,
      DeliveryLog deliveries, ReplyCounters counters, ConversationMemory conversations) {
    this(answers, feedback, adminConsole, deliveries, counters, conversations, ExpertDesk.none());
  }
}
