package com.partnershipbot.slack;

import com.partnershipbot.answering.LogText;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * chat.postMessage, exactly once. Slack has no idempotency key, so each post carries message
 * metadata with a reply id of its own; after an attempt that may have arrived (no answer in
 * time), the channel or thread is read back (conversations.history or .replies, with metadata)
 * and the post is sent again only if that reply id is not there. When Slack cannot be asked
 * (the app lacks channels:history or groups:history, or the read fails), the reply is counted as
 * possibly delivered and not sent again.
 */
final class ChatPosts {
  static final String EVENT_TYPE = "partnershipbot_reply";
  static final String REPLY_ID = "reply_id";
  /** Messages read back after an unanswered post; if the reply is not among them and there are more, it may be. */
  private static final int READ_BACK = 200;
  private static final Logger LOG = LoggerFactory.getLogger(ChatPosts.class);

  private ChatPosts() {}

  /** Queues a post to {@code channel} (in {@code threadTs}'s thread when not null), after earlier posts there. */
  static void post(ReplyQueue replies, MethodsClient client, String what, String channel, String threadTs,
      String text, List<LayoutBlock> blocks) {
    String replyId = UUID.randomUUID().toString();
    String oldest = String.valueOf(System.currentTimeMillis() / 1000 - 5);
    Message.Metadata metadata = new Message.Metadata(EVENT_TYPE, Map.of(REPLY_ID, replyId));
    replies.submit(channel, what, () -> SlackCalls.api("chat.postMessage", () -> client.chatPostMessage(r -> r
            .channel(channel).threadTs(threadTs).text(text).blocks(blocks).metadata(metadata)
            .unfurlLinks(false).unfurlMedia(false))),
        () -> find(client, channel, threadTs, oldest, replyId));
  }

  private static Optional<Boolean> find(MethodsClient client, String channel, String threadTs, String oldest,
      String replyId) {
    try {
      List<Message> messages;
      String error;
      boolean more;
      if (threadTs != null) {
        ConversationsRepliesResponse thread = client.conversationsReplies(r -> r.channel(channel).ts(threadTs)
            .oldest(oldest).includeAllMetadata(true).limit(READ_BACK));
        messages = thread.getMessages();
        error = thread.isOk() ? null : thread.getError();
        more = thread.isHasMore();
      } else {
        ConversationsHistoryResponse history = client.conversationsHistory(r -> r.channel(channel).oldest(oldest)
            .includeAllMetadata(true).limit(READ_BACK));
        messages = history.getMessages();
        error = history.isOk() ? null : history.getError();
        more = history.isHasMore();
      }
      if (error != null || messages == null) {
        LOG.info("Cannot check whether a reply reached {}: {}", LogText.of(channel), LogText.of(error));
        return Optional.empty();
      }
      boolean found = messages.stream().anyMatch(message -> carries(message, replyId));
      if (!found && more) {
        LOG.info("Cannot check whether a reply reached {}: more than {} messages since it was queued",
            LogText.of(channel), READ_BACK);
        return Optional.empty();
      }
      return Optional.of(found);
    } catch (IOException | SlackApiException | RuntimeException e) {
      LOG.info("Cannot check whether a reply reached {}: {}", LogText.of(channel), e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private static boolean carries(Message message, String replyId) {
    Message.Metadata metadata = message.getMetadata();
    return metadata != null && EVENT_TYPE.equals(metadata.getEventType()) && metadata.getEventPayload() != null
        && replyId.equals(String.valueOf(metadata.getEventPayload().get(REPLY_ID)));
  }
}
