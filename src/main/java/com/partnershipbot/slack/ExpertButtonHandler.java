package com.partnershipbot.slack;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Ticket;
import com.partnershipbot.answering.TicketStore;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The experts' buttons: "Ask the experts" opens a ticket (or joins the asker's open one), "Answer"
 * opens the answer form, "Not in scope" closes the ticket, "Withdraw my question" lets the asker
 * take it back. Refusals are shown only to whoever clicked.
 */
final class ExpertButtonHandler implements BlockActionHandler {
  static final Pattern ACTIONS = Pattern.compile("experts:.+");
  private static final Logger LOG = LoggerFactory.getLogger(ExpertButtonHandler.class);

  private final AnswerService answers;
  private final ExpertDesk desk;
  private final ReplyQueue replies;

  ExpertButtonHandler(AnswerService answers, ExpertDesk desk, ReplyQueue replies) {
    this.answers = answers;
    this.desk = desk;
    this.replies = replies;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    BlockActionPayload.Action action = payload.getActions().get(0);
    try {
      switch (action.getActionId()) {
        case ExpertBlocks.ASK -> ask(payload, action.getValue(), context);
        case ExpertBlocks.ANSWER -> openForm(payload, action.getValue(), context);
        case ExpertBlocks.DECLINE -> decline(payload, action.getValue(), context);
        case ExpertBlocks.WITHDRAW -> withdraw(payload, action.getValue(), context);
        default -> LOG.info("Ignored an experts' button the bot does not know");
      }
    } catch (RuntimeException e) {
      LOG.warn("Expert tickets are unavailable: {}", e.getMessage());
      tell(context, "Sorry, I can't reach the experts' tickets right now. Please try again in a few minutes.");
    }
    return context.ack();
  }

  private void ask(BlockActionPayload payload, String question, ActionContext context) {
    if (desk.channel(Platform.SLACK).isEmpty() || question == null || question.isBlank() || payload.getUser() == null) {
      tell(context, "Asking the experts is not available here.");
      return;
    }
    String user = payload.getUser().getId();
    BlockActionPayload.Container container = payload.getContainer();
    boolean byDm = container == null || container.isEphemeral() || container.getChannelId() == null;
    String channel = container == null ? null : container.getChannelId();
    Ticket.AskerAddress address = byDm ? new Ticket.AskerAddress(user, user, null, null)
        : new Ticket.AskerAddress(user, channel, container.getThreadTs(), null);
    String where = channel == null || channel.startsWith("D") ? "a direct message" : channel;
    TicketStore.Opened opened = desk.ask(new TicketStore.NewTicket(Platform.SLACK, question, name(payload), where,
        address, answers.guesses(question)));
    SlackMessage confirmation = ExpertBlocks.confirmation(ExpertTexts.confirmation(opened, byDm), opened.ticket());
    respond(context, "experts confirmation", ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
        .text(confirmation.text()).blocks(confirmation.blocks()).build());
  }

  /** views.open must be called within 3 seconds of the click, so it is called here, before the ack. */
  private void openForm(BlockActionPayload payload, String ticketId, ActionContext context) {
    Ticket ticket = ticketId == null || !ticketId.matches("\\d{1,18}") ? null
        : desk.find(Long.parseLong(ticketId)).orElse(null);
    if (ticket == null) {
      tell(context, ExpertTexts.UNKNOWN);
      return;
    }
    if (!ticket.isOpen()) {
      tell(context, ExpertTexts.alreadyClosed(ticket));
      return;
    }
    BlockActionPayload.Container container = payload.getContainer();
    String channel = container == null ? null : container.getChannelId();
    String messageTs = container == null ? null : container.getMessageTs();
    try {
      ViewsOpenResponse opened = context.client().viewsOpen(r -> r.triggerId(payload.getTriggerId())
          .view(ExpertBlocks.form(ticket, channel, messageTs)));
      if (!opened.isOk()) {
        LOG.warn("views.open failed for ticket {}: {}", ticket.id(), opened.getError());
        tell(context, "Slack would not open the answer form (" + opened.getError() + "). Please click Answer again.");
      }
    } catch (IOException | SlackApiException e) {
      LOG.warn("views.open failed for ticket {}: {}", ticket.id(), e.toString());
      tell(context, "Slack would not open the answer form. Please click Answer again.");
    }
  }

  private void decline(BlockActionPayload payload, String ticketId, ActionContext context) {
    ExpertDesk.Result result = desk.decline(ticketId, name(payload));
    if (result instanceof ExpertDesk.Result.Done done) {
      SlackMessage closed = ExpertBlocks.closed(done.ticket());
      respond(context, "ticket declined", ActionResponse.builder().replaceOriginal(true).text(closed.text())
          .blocks(closed.blocks()).build());
    } else {
      tell(context, ((ExpertDesk.Result.Refused) result).reason());
    }
  }

  private void withdraw(BlockActionPayload payload, String ticketId, ActionContext context) {
    String user = payload.getUser() == null ? null : payload.getUser().getId();
    ExpertDesk.Result result = desk.withdraw(ticketId, user);
    if (result instanceof ExpertDesk.Result.Refused refused) {
      tell(context, refused.reason());
    } else {
      respond(context, "ticket withdrawn", ActionResponse.builder().replaceOriginal(true)
          .text("Withdrawn: the experts will not answer this question.").build());
    }
  }

  static String name(BlockActionPayload payload) {
    BlockActionPayload.User user = payload.getUser();
    if (user == null) {
      return "an expert";
    }
    return user.getName() != null ? user.getName() : user.getUsername() != null ? user.getUsername() : user.getId();
  }

  private void tell(ActionContext context, String text) {
    respond(context, "experts notice", ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
        .text(text).build());
  }

  private void respond(ActionContext context, String what, ActionResponse response) {
    if (SlackCalls.canRespond(context.getResponseUrl(), what)) {
      replies.submit("response_url post (" + what + ")", () -> SlackCalls.webhook(() -> context.respond(response)));
    }
  }
}
