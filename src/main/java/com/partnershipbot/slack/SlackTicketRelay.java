package com.partnershipbot.slack;

import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.LogText;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Ticket;
import com.partnershipbot.answering.TicketRelay;
import com.slack.api.methods.MethodsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries Slack's tickets through the reply lanes with chat.postMessage: to the experts' channel,
 * and back to the asker in the thread of a mention, in the DM for a DM, or by DM after a slash
 * command (its response_url expires long before most answers arrive).
 */
final class SlackTicketRelay implements TicketRelay {
  private static final Logger LOG = LoggerFactory.getLogger(SlackTicketRelay.class);

  private final ExpertDesk desk;
  private final MethodsClient client;
  private final ReplyQueue replies;

  SlackTicketRelay(ExpertDesk desk, MethodsClient client, ReplyQueue replies) {
    this.desk = desk;
    this.client = client;
    this.replies = replies;
  }

  @Override
  public void postTicket(Ticket ticket, boolean reminder) {
    desk.channel(Platform.SLACK).ifPresentOrElse(channel -> {
      SlackMessage message = ExpertBlocks.ticket(ticket, reminder);
      ChatPosts.post(replies, client, "ticket #" + ticket.id() + " to " + LogText.of(channel), channel, null,
          message.text(), message.blocks());
    }, () -> LOG.warn("Ticket #{} was not posted: experts.slack_channel is no longer in bot.yml", ticket.id()));
  }

  @Override
  public void relayAnswer(Ticket ticket) {
    toAsker(ticket, "expert's answer", ExpertBlocks.answer(ticket));
  }

  @Override
  public void tellAsker(Ticket ticket, String note) {
    toAsker(ticket, "ticket note", ExpertBlocks.note(note));
  }

  private void toAsker(Ticket ticket, String what, SlackMessage message) {
    if (ticket.asker().isEmpty()) {
      LOG.warn("Ticket #{} has no asker address left; the {} was not sent", ticket.id(), what);
      return;
    }
    Ticket.AskerAddress asker = ticket.asker().get();
    ChatPosts.post(replies, client, what + " for ticket #" + ticket.id(), asker.conversation(), asker.thread(),
        message.text(), message.blocks());
  }
}
