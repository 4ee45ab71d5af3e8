package com.partnershipbot.answering;

import java.time.Duration;

/** What the bot says about tickets, the same on every platform (in the content format). */
public final class ExpertTexts {
  public static final String BUTTON = "Ask the experts";
  public static final String OFFER = "Not what you need? Ask the experts: your question and your name will be "
      + "shared in the experts' channel, and their answer comes back to you here.";
  public static final String OFFER_BY_DM = "Not what you need? Ask the experts: your question and your name will "
      + "be shared in the experts' channel, and their answer comes back to you by direct message.";
  public static final String OFFER_AFTER_NOT_HELPFUL = "Sorry that didn't help. Ask the experts: the topic you "
      + "asked about and your name will be shared in the experts' channel, and their answer comes back to you.";
  public static final String EMPTY_ANSWER = "Write an answer before sending it.";
  public static final String UNKNOWN = "There is no such ticket; it may have been removed.";
  public static final String NOT_YOURS = "Only the person who asked can withdraw this question.";
  public static final String WITHDRAW = "Withdraw my question";

  private ExpertTexts() {}

  /** What the asker is told when the click opened a ticket or joined their open one. */
  public static String confirmation(TicketStore.Opened opened, boolean byDirectMessage) {
    String where = byDirectMessage ? " by direct message" : " here";
    if (!opened.isNew()) {
      return "You already asked the experts this (ticket #" + opened.ticket().id()
          + "); their answer will come to you" + where + ".";
    }
    return "Thanks, I've passed your question to the experts (ticket #" + opened.ticket().id()
        + "). Their answer will come to you" + where + ".";
  }

  /** The label above an expert's answer, naming the expert. */
  public static String answerLabel(Ticket ticket) {
    return "Answer from an expert, " + ticket.expert() + ", to your question “" + ticket.question() + "”:";
  }

  /** What the ticket message says once it is closed. */
  public static String closedLine(Ticket ticket) {
    return switch (ticket.state()) {
      case ANSWERED -> "Answered by " + ticket.expert() + ".";
      case DECLINED -> "Closed as not in scope by " + ticket.expert() + "; the asker was told.";
      case WITHDRAWN -> "Withdrawn by the asker.";
      case EXPIRED -> "Expired without an answer; the asker was told.";
      case OPEN -> "Open.";
    };
  }

  public static String alreadyClosed(Ticket ticket) {
    return "Ticket #" + ticket.id() + " is already closed: " + closedLine(ticket);
  }

  static String declined(Ticket ticket) {
    return "The experts looked at your question “" + ticket.question() + "” and found it is outside what they "
        + "cover here, so they closed it. Sorry we couldn't help with this one.";
  }

  static String withdrawn(Ticket ticket) {
    return "You withdrew your question “" + ticket.question() + "”; the experts will not answer it.";
  }

  static String expired(Ticket ticket, String after) {
    return "Nobody could answer your question “" + ticket.question() + "” within " + after
        + ", so the ticket is closed. Sorry; you can ask again any time.";
  }

  /** "14 days", "24 hours", "30 minutes". */
  static String duration(Duration duration) {
    if (duration.toDays() > 0 && duration.toHours() % 24 == 0) {
      return plural(duration.toDays(), "day");
    }
    return duration.toMinutes() % 60 == 0 ? plural(duration.toHours(), "hour") : plural(duration.toMinutes(), "minute");
  }

  private static String plural(long amount, String unit) {
    return amount + " " + unit + (amount == 1 ? "" : "s");
  }
}
