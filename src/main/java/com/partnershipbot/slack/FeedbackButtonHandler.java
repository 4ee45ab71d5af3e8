package com.partnershipbot.slack;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
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
import java.util.List;
import java.util.Optional;

/**
 * "Helpful" / "Not helpful": records the vote and updates the answer to thank whoever clicked; after
 * "Not helpful", offers the experts when bot.yml has them.
 */
final class FeedbackButtonHandler implements BlockActionHandler {
  private final AnswerService answers;
  private final FeedbackListener feedback;
  private final ReplyQueue replies;
  private final ExpertDesk experts;

  FeedbackButtonHandler(AnswerService answers, FeedbackListener feedback, ReplyQueue replies, ExpertDesk experts) {
    this.answers = answers;
    this.feedback = feedback;
    this.replies = replies;
    this.experts = experts;
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
    feedback.voted(new Vote(Platform.SLACK, entryId, user, ActionIds.HELPFUL.equals(action.getActionId()), Instant.now()));
    ActionResponse thanks = thanks(answers.topic(entryId), user);
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

  private static ActionResponse thanks(Optional<Reply> reply, String user) {
    if (reply.isPresent() && reply.get() instanceof Reply.Answered answered) {
      SlackMessage message = ReplyBlocks.thanked(answered, user);
      return ActionResponse.builder().replaceOriginal(true).text(message.text()).blocks(message.blocks()).build();
    }
    return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text("Thanks for the feedback.").build();
  }
}
