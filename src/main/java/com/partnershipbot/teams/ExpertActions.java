package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Ticket;
import com.partnershipbot.answering.TicketStore;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The experts' card buttons in Teams: "Ask the experts" opens a ticket (or joins the asker's open
 * one), "Answer" takes the answer typed in the ticket card, "Not in scope" closes the ticket, and
 * "Withdraw my question" lets the asker take it back. Also learns the experts' channel's service
 * URL from any verified activity there, so tickets can be posted to it unprompted.
 */
final class ExpertActions {
  private static final Logger LOG = LoggerFactory.getLogger(ExpertActions.class);
  private static final String THREAD_SUFFIX = ";messageid=";

  private final AnswerService answers;
  private final ExpertDesk desk;

  ExpertActions(AnswerService answers, ExpertDesk desk) {
    this.answers = answers;
    this.desk = desk;
  }

  boolean handles(String action) {
    return action.startsWith("experts-");
  }

  /** True when a reply to this activity should offer the experts. */
  boolean offers(com.partnershipbot.answering.Reply reply) {
    return desk.offers(Platform.TEAMS, reply);
  }

  boolean offersAfterNotHelpful() {
    return desk.channel(Platform.TEAMS).isPresent();
  }

  /** Remembers the experts' channel's service URL when an activity arrives from it (the one-time step). */
  void learnPlace(Activity activity) {
    Optional<String> experts = desk.channel(Platform.TEAMS);
    String conversation = activity.conversationId();
    if (experts.isEmpty() || conversation == null || activity.serviceUrl() == null
        || !experts.get().equals(channelOf(conversation))) {
      return;
    }
    try {
      desk.rememberServiceUrl(experts.get(), activity.serviceUrl());
    } catch (RuntimeException e) {
      LOG.warn("Could not store the experts' channel's service URL: {}", e.getMessage());
    }
  }

  List<Outgoing> submitted(Activity activity, JsonNode value) {
    String action = SubmitActions.action(value);
    try {
      return switch (action) {
        case ExpertCards.ASK -> ask(activity, value.path(ExpertCards.QUESTION).asText(""));
        case ExpertCards.ANSWER -> answer(activity, value);
        case ExpertCards.DECLINE -> closed(activity, desk.decline(ticketId(value), expertName(activity)));
        case ExpertCards.WITHDRAW -> withdrawn(activity, desk.withdraw(ticketId(value), activity.userId()));
        default -> List.of();
      };
    } catch (RuntimeException e) {
      LOG.warn("Expert tickets are unavailable: {}", e.getMessage());
      return List.of(Outgoing.text(activity, "Sorry, I can't reach the experts' tickets right now. "
          + "Please try again in a few minutes."));
    }
  }

  private List<Outgoing> ask(Activity activity, String question) {
    if (desk.channel(Platform.TEAMS).isEmpty() || question.isBlank() || activity.userId() == null) {
      return List.of(Outgoing.text(activity, "Asking the experts is not available here."));
    }
    String where = activity.isShared() ? "a channel or group chat" : "a personal chat";
    Ticket.AskerAddress address = new Ticket.AskerAddress(activity.userId(), activity.conversationId(), null,
        activity.serviceUrl());
    TicketStore.Opened opened = desk.ask(new TicketStore.NewTicket(Platform.TEAMS, question,
        activity.from().path("name").asText(null), where, address, answers.guesses(question)));
    String text = ExpertTexts.confirmation(opened, false);
    return List.of(Outgoing.card(activity, ExpertCards.confirmation(text, opened.ticket()), text));
  }

  private List<Outgoing> answer(Activity activity, JsonNode value) {
    ExpertDesk.Result result = desk.answer(ticketId(value), expertName(activity),
        value.path(ExpertCards.ANSWER_INPUT).asText(""));
    return closed(activity, result);
  }

  /** Done: the ticket card loses its field and buttons and says who closed it. Refused: the reason, as a reply. */
  private static List<Outgoing> closed(Activity activity, ExpertDesk.Result result) {
    if (result instanceof ExpertDesk.Result.Done done && activity.field("replyToId") != null) {
      return List.of(Outgoing.replacing(activity, ExpertCards.closed(done.ticket())));
    }
    if (result instanceof ExpertDesk.Result.Refused refused) {
      return List.of(Outgoing.text(activity, refused.reason()));
    }
    return List.of();
  }

  private static List<Outgoing> withdrawn(Activity activity, ExpertDesk.Result result) {
    if (result instanceof ExpertDesk.Result.Refused refused) {
      return List.of(Outgoing.text(activity, refused.reason()));
    }
    return List.of();
  }

  private static String ticketId(JsonNode value) {
    return value.path(ExpertCards.TICKET).asText("");
  }

  private static String expertName(Activity activity) {
    String name = activity.from().path("name").asText("");
    return name.isBlank() ? "an expert" : name;
  }

  /** A channel's conversation id without the reply chain it may name. */
  static String channelOf(String conversation) {
    int thread = conversation.indexOf(THREAD_SUFFIX);
    return thread < 0 ? conversation : conversation.substring(0, thread);
  }
}
