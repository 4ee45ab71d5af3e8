package com.partnershipbot.slack;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.LogText;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Reply;
import com.slack.api.methods.MethodsClient;

/** Answers a question in a conversation (a channel, a thread or a DM) through chat.postMessage, off the request thread. */
final class ConversationReplies {
  private final AnswerService answers;
  private final ReplyQueue replies;
  private final ExpertDesk experts;

  ConversationReplies(AnswerService answers, ReplyQueue replies, ExpertDesk experts) {
    this.answers = answers;
    this.replies = replies;
    this.experts = experts;
  }

  /** Answers {@code text} from {@code user} in {@code channel}; {@code threadTs} may be null for a top-level reply. */
  void answer(MethodsClient client, String channel, String threadTs, String user, String text) {
    String question = SlackText.question(text);
    Reply reply = answers.ask(new Question(question, Platform.SLACK, channel, user));
    SlackMessage message = ReplyBlocks.render(reply, question);
    post(client, channel, threadTs, experts.offers(Platform.SLACK, reply)
        ? ExpertBlocks.offered(message, question, ExpertTexts.OFFER) : message);
  }

  void post(MethodsClient client, String channel, String threadTs, SlackMessage message) {
    String what = "chat.postMessage to " + LogText.of(channel) + (threadTs == null ? "" : " in thread " + LogText.of(threadTs));
    ChatPosts.post(replies, client, what, channel, threadTs, message.text(), message.blocks());
  }
}
