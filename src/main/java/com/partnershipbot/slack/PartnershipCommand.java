package com.partnershipbot.slack;

import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Reply;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /partnership <topic or question>}. An answer goes to the channel; help, "did you mean"
 * and the fallback go only to the asker. The reply travels in the acknowledgement itself, so
 * answering needs no Web API call. {@code /partnership admin ...} goes to the admin console.
 */
final class PartnershipCommand implements SlashCommandHandler {
  private static final Logger LOG = LoggerFactory.getLogger(PartnershipCommand.class);
  private static final Pattern ADMIN = Pattern.compile("(?is)admin(?:\\s+(.*))?");
  private final AnswerService answers;
  private final AdminConsole admin;
  private final ReplyQueue replies;
  private final ExpertDesk experts;
  private final AnswerAcks answerAcks = new AnswerAcks(1_024);

  PartnershipCommand(AnswerService answers, AdminConsole admin, ReplyQueue replies, ExpertDesk experts) {
    this.answers = answers;
    this.admin = admin;
    this.replies = replies;
    this.experts = experts;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext context) {
    SlashCommandPayload payload = request.getPayload();
    String text = payload.getText() == null ? "" : payload.getText().strip();
    Matcher adminCommand = ADMIN.matcher(text);
    if (adminCommand.matches()) {
      runAdmin(context, payload.getUserId(), adminCommand.group(1) == null ? "" : adminCommand.group(1).strip());
      return context.ack();
    }
    String question = SlackText.question(text);
    Reply reply = answers.ask(new Question(question, Platform.SLACK, payload.getChannelId(), payload.getUserId()));
    if (reply instanceof Reply.Answered answered) {
      return answerAcks.answer(answered);
    }
    if (reply instanceof Reply.Help help) {
      return answerAcks.help(help);
    }
    SlackMessage rendered = ReplyBlocks.render(reply, question);
    SlackMessage message = experts.offers(Platform.SLACK, reply)
        ? ExpertBlocks.offered(rendered, question, ExpertTexts.OFFER_BY_DM) : rendered;
    return context.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
  }

  /** Admin commands may take a while (a reload reads every file): run them after the ack, reply privately. */
  private void runAdmin(SlashCommandContext context, String user, String arguments) {
    if (!SlackCalls.canRespond(context.getResponseUrl(), "admin reply")) {
      return;
    }
    replies.submit("response_url post (admin reply) to " + user, () -> {
      String text = adminReply(user, arguments);
      SlackCalls.webhook(() -> context.respond(r -> r.responseType("ephemeral").text(text)));
    });
  }

  private String adminReply(String user, String arguments) {
    try {
      return AdminMrkdwn.render(admin.run(Platform.SLACK, user, arguments));
    } catch (RuntimeException e) {
      LOG.error("Admin command failed for {}", user, e);
      return "That admin command failed; the details are in the bot's log.";
    }
  }
}
