package com.partnershipbot.slack;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Vote;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Instant;
import java.util.Optional;

/**
 * "Helpful" / "Not helpful": records the vote and updates the answer to thank whoever clicked. A click
 * delivered twice (to two instances, say) is claimed in the delivery log and counted once.
 */
final class FeedbackButtonHandler implements BlockActionHandler {
  private final AnswerService answers;
  private final FeedbackListener feedback;
  private final ReplyQueue replies;
  private final DeliveryLog deliveries;

  FeedbackButtonHandler(AnswerService answers, FeedbackListener feedback, ReplyQueue replies, DeliveryLog deliveries) {
    this.answers = answers;
    this.feedback = feedback;
    this.replies = replies;
    this.deliveries = deliveries;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    BlockActionPayload.Action action = payload.getActions().get(0);
    String user = payload.getUser() == null ? null : payload.getUser().getId();
    String entryId = action.getValue();
    if (entryId == null || entryId.isBlank() || !deliveries.claim("slack:vote:" + user + ":" + action.getActionTs())) {
      return context.ack();
    }
    feedback.voted(new Vote(Platform.SLACK, entryId, user, ActionIds.HELPFUL.equals(action.getActionId()), Instant.now()));
    ActionResponse thanks = thanks(answers.topic(entryId), user);
    if (SlackCalls.canRespond(context.getResponseUrl(), "feedback thanks")) {
      replies.submit("response_url post (feedback thanks)", () -> SlackCalls.webhook(() -> context.respond(thanks)));
    }
    return context.ack();
  }

  private static ActionResponse thanks(Optional<Reply> reply, String user) {
    if (reply.isPresent() && reply.get() instanceof Reply.Answered answered) {
      SlackMessage message = ReplyBlocks.thanked(answered, user);
      return ActionResponse.builder().replaceOriginal(true).text(message.text()).blocks(message.blocks()).build();
    }
    return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text("Thanks for the feedback.").build();
  }
}
