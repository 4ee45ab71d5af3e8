package com.partnershipbot.slack;

import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.delivery.Confirmation;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The submitted answer form: relays the answer to the asker and marks the ticket message answered.
 * An empty answer, or a ticket closed or unknown, keeps the form open with the reason under the field.
 * Every modal submission comes here; one from a form the bot does not know is acknowledged and logged.
 */
final class ExpertAnswerForm implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ExpertAnswerForm.class);

  private final ExpertDesk desk;
  private final ReplyQueue replies;

  ExpertAnswerForm(ExpertDesk desk, ReplyQueue replies) {
    this.desk = desk;
    this.replies = replies;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
    ViewSubmissionPayload payload = request.getPayload();
    if (payload.getView() == null || !ExpertBlocks.FORM.equals(payload.getView().getCallbackId())) {
      LOG.info("Acknowledged and ignored a signed ViewSubmission payload: the bot has no form with that callback id");
      return context.ack();
    }
    String[] metadata = (payload.getView().getPrivateMetadata() == null ? "" : payload.getView().getPrivateMetadata())
        .split("\\|", -1);
    String expert = payload.getUser() == null ? "an expert"
        : payload.getUser().getName() != null ? payload.getUser().getName() : payload.getUser().getId();
    ExpertDesk.Result result;
    try {
      result = desk.answer(metadata[0], expert, answer(payload));
    } catch (RuntimeException e) {
      LOG.warn("Could not record an expert's answer: {}", e.getMessage());
      return error(context, "I can't reach the experts' tickets right now. Please try again in a few minutes.");
    }
    if (result instanceof ExpertDesk.Result.Refused refused) {
      return error(context, refused.reason());
    }
    if (metadata.length == 3 && !metadata[1].isEmpty() && !metadata[2].isEmpty()) {
      SlackMessage closed = ExpertBlocks.closed(((ExpertDesk.Result.Done) result).ticket());
      replies.submit(metadata[1], "chat.update of ticket message", () -> SlackCalls.api("chat.update",
          () -> context.client().chatUpdate(r -> r.channel(metadata[1]).ts(metadata[2]).text(closed.text())
              .blocks(closed.blocks()))), Confirmation.UNKNOWN);
    }
    return context.ack();
  }

  private static String answer(ViewSubmissionPayload payload) {
    if (payload.getView().getState() == null || payload.getView().getState().getValues() == null) {
      return null;
    }
    Map<String, ViewState.Value> block = payload.getView().getState().getValues().get(ExpertBlocks.ANSWER_BLOCK);
    ViewState.Value value = block == null ? null : block.get(ExpertBlocks.ANSWER_INPUT);
    return value == null ? null : value.getValue();
  }

  private static Response error(ViewSubmissionContext context, String reason) {
    return context.ack(r -> r.responseAction("errors").errors(Map.of(ExpertBlocks.ANSWER_BLOCK, reason)));
  }
}
