package com.partnershipbot.slack;

import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Vote;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Instant;

/**
 * "Helpful" / "Not helpful": counts one vote per person per answer message (across instances, through
 * the delivery log) and thanks the voter privately. The answer itself is left as it was, so in a
 * channel everyone else can still vote.
 */
final class FeedbackButtonHandler implements BlockActionHandler {
  static final String THANKS = "Thanks for the feedback. The team that keeps these answers reads every rating.";
  static final String ALREADY = "Your rating of this answer is already recorded.";

  private final FeedbackListener feedback;
  private final DeliveryLog votes;
  private final ReplyQueue replies;

  FeedbackButtonHandler(FeedbackListener feedback, DeliveryLog votes, ReplyQueue replies) {
    this.feedback = feedback;
    this.votes = votes;
    this.replies = replies;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    BlockActionPayload.Action action = payload.getActions().get(0);
    String user = payload.getUser() == null ? null : payload.getUser().getId();
    String entryId = action.getValue();
    if (entryId == null || entryId.isBlank()) {
      return context.ack();
    }
    boolean first = votes.claim("vote:slack:" + user + "|" + entryId + "|" + message(payload));
    if (first) {
      feedback.voted(new Vote(Platform.SLACK, entryId, user, ActionIds.HELPFUL.equals(action.getActionId()),
          Instant.now()));
    }
    ActionResponse thanks = ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
        .text(first ? THANKS : ALREADY).build();
    if (SlackCalls.canRespond(context.getResponseUrl(), "feedback thanks")) {
      replies.submit("response_url post (feedback thanks)", () -> SlackCalls.webhook(() -> context.respond(thanks)));
    }
    return context.ack();
  }

  /** The answer message voted on: its channel and timestamp, as far as the payload says. */
  private static String message(BlockActionPayload payload) {
    BlockActionPayload.Container container = payload.getContainer();
    if (container == null) {
      return "";
    }
    return container.getChannelId() + "|" + container.getMessageTs();
  }
}
