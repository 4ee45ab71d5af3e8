package com.partnershipbot.slack;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
import java.util.List;
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
 * channel everyone else can still vote. After "Not helpful" it offers the experts, privately, when
 * bot.yml has them.
 */
final class FeedbackButtonHandler implements BlockActionHandler {
  static final String THANKS = "Thanks for the feedback. The team that keeps these answers reads every rating.";
  static final String ALREADY = "Your rating of this answer is already recorded.";

  private final FeedbackListener feedback;
  private final DeliveryLog votes;
  private final ReplyQueue replies;
  private final AnswerService answers;
  private final ExpertDesk experts;

  FeedbackButtonHandler(AnswerService answers, FeedbackListener feedback, DeliveryLog votes, ReplyQueue replies,
      ExpertDesk experts) {
    this.answers = answers;
    this.experts = experts;
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
      if (ActionIds.NOT_HELPFUL.equals(action.getActionId()) && experts.channel(Platform.SLACK).isPresent()) {
        offerExperts(context, answers.knowledge().entry(entryId).map(e -> e.title()).orElse(entryId));
      }
    }
    return context.ack();
  }

  /** After "Not helpful": the experts, privately, with the topic as the question. */
  private void offerExperts(ActionContext context, String topicTitle) {
    SlackMessage offer = ExpertBlocks.offered(new SlackMessage(ExpertTexts.OFFER_AFTER_NOT_HELPFUL, List.of()),
        topicTitle, ExpertTexts.OFFER_AFTER_NOT_HELPFUL);
    ActionResponse response = ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
        .text(offer.text()).blocks(offer.blocks()).build();
    replies.submit("response_url post (experts offer)", () -> SlackCalls.webhook(() -> context.respond(response)));
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
