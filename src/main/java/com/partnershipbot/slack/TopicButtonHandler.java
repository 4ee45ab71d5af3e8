package com.partnershipbot.slack;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.Reply;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;

/**
 * A topic button. On a private prompt ("did you mean", help, fallback) the answer is posted in the
 * channel and the prompt removed; on a prompt everyone sees, the answer takes the prompt's place;
 * a related topic under an answer is answered next to it (in its thread, if it is in one); in App
 * Home the answer arrives as a direct message.
 */
final class TopicButtonHandler implements BlockActionHandler {
  private final AnswerService answers;
  private final ReplyQueue replies;
  private final ConversationReplies conversations;

  TopicButtonHandler(AnswerService answers, ReplyQueue replies, ConversationReplies conversations) {
    this.answers = answers;
    this.replies = replies;
    this.conversations = conversations;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    BlockActionPayload.Action action = payload.getActions().get(0);
    Optional<Reply> reply = answers.topic(action.getValue());
    if (reply.isEmpty()) {
      respond(context, "topic gone", ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
          .text("That topic is no longer available. Try `/partnership help` for the current list.").build());
    } else {
      answer(payload, action, context, ReplyBlocks.render(reply.get(), ""));
    }
    return context.ack();
  }

  private void answer(BlockActionPayload payload, BlockActionPayload.Action action, ActionContext context,
      SlackMessage message) {
    BlockActionPayload.Container container = payload.getContainer();
    if (container != null && "view".equals(container.getType())) {
      conversations.post(context.client(), payload.getUser().getId(), null, message);
    } else if (isChoice(action) && container != null && container.isEphemeral()) {
      respond(context, "chosen answer", inChannel(message));
      respond(context, "removing a prompt", ActionResponse.builder().deleteOriginal(true).build());
    } else if (isChoice(action)) {
      respond(context, "chosen answer", ActionResponse.builder().replaceOriginal(true)
          .text(message.text()).blocks(message.blocks()).build());
    } else if (container != null && container.getThreadTs() != null) {
      conversations.post(context.client(), container.getChannelId(), container.getThreadTs(), message);
    } else {
      respond(context, "related answer", inChannel(message));
    }
  }

  private static boolean isChoice(BlockActionPayload.Action action) {
    return action.getBlockId() != null && action.getBlockId().startsWith(ActionIds.CHOICES_BLOCK);
  }

  private static ActionResponse inChannel(SlackMessage message) {
    return ActionResponse.builder().responseType("in_channel").replaceOriginal(false)
        .text(message.text()).blocks(message.blocks()).build();
  }

  private void respond(ActionContext context, String what, ActionResponse response) {
    if (SlackCalls.canRespond(context.getResponseUrl(), what)) {
      replies.submit("response_url post (" + what + ")", () -> SlackCalls.webhook(() -> context.respond(response)));
    }
  }
}
