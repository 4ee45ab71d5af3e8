package com.partnershipbot.answering;

import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.knowledge.ExpertsSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Ask the experts": opens tickets for questions the bot could not answer, closes them when an
 * expert answers, declines, the asker withdraws or they expire, and has each platform's
 * {@link TicketRelay} carry the messages. Every post is claimed in the delivery log first, so of
 * several instances only one posts a ticket or relays an answer.
 */
public final class ExpertDesk {
  public static final int MAX_ANSWER = 3_000;
  private static final Logger LOG = LoggerFactory.getLogger(ExpertDesk.class);

  private final Supplier<BotSettings> settings;
  private final TicketStore store;
  private final DeliveryLog deliveries;
  private final Clock clock;
  private final Map<Platform, TicketRelay> relays = new EnumMap<>(Platform.class);

  /** What became of an expert's or asker's action on a ticket. */
  public sealed interface Result {
    /** It worked; the ticket as it now is. */
    record Done(Ticket ticket) implements Result {}

    /** Refused, with a sentence to show whoever tried. */
    record Refused(String reason) implements Result {}
  }

  public ExpertDesk(Supplier<BotSettings> settings, TicketStore store, DeliveryLog deliveries, Clock clock) {
    this.settings = settings;
    this.store = store;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /** A desk that never offers anything: no experts, no storage. */
  public static ExpertDesk none() {
    return new ExpertDesk(BotSettings::defaults, TicketStore.NONE, id -> true, Clock.systemUTC());
  }

  /** Registers how a platform posts tickets and reaches askers. */
  public synchronized void register(Platform platform, TicketRelay relay) {
    relays.put(platform, relay);
  }

  /** The experts' channel for a platform, when bot.yml names one and tickets can be stored. */
  public Optional<String> channel(Platform platform) {
    if (store == TicketStore.NONE) {
      return Optional.empty();
    }
    Optional<ExpertsSettings> experts = settings.get().expertsDesk();
    return platform == Platform.SLACK ? experts.flatMap(ExpertsSettings::slack)
        : platform == Platform.TEAMS ? experts.flatMap(ExpertsSettings::teams) : Optional.empty();
  }

  /** True when a reply on this platform should carry an "Ask the experts" button: the bot was unsure or had nothing. */
  public boolean offers(Platform platform, Reply reply) {
    boolean unsure = reply instanceof Reply.NotFound || reply instanceof Reply.Clarification
        || reply instanceof Reply.Suggestion;
    return unsure && channel(platform).isPresent();
  }

  /** Opens a ticket (or joins the asker's open one for the same question) and posts a new one to the experts. */
  public TicketStore.Opened ask(TicketStore.NewTicket request) {
    TicketStore.Opened opened = store.open(request, clock.instant());
    Ticket ticket = opened.ticket();
    if (opened.isNew() && deliveries.claim("experts:ticket:" + ticket.id())) {
      relay(ticket.platform()).ifPresent(relay -> relay.postTicket(ticket, false));
    }
    return opened;
  }

  /** An expert's answer: relayed to the asker once, however many instances or clicks see it. */
  public Result answer(String ticketId, String expert, String text) {
    if (text == null || text.isBlank()) {
      return new Result.Refused(ExpertTexts.EMPTY_ANSWER);
    }
    if (text.length() > MAX_ANSWER) {
      return new Result.Refused("Please keep the answer under " + MAX_ANSWER + " characters.");
    }
    Result result = close(ticketId, Ticket.State.ANSWERED, expert, text.strip(), null);
    if (result instanceof Result.Done done && deliveries.claim("experts:relay:" + done.ticket().id())) {
      relay(done.ticket().platform()).ifPresent(relay -> relay.relayAnswer(done.ticket()));
    }
    return result;
  }

  /** "Not in scope": closes the ticket with a polite note to the asker. */
  public Result decline(String ticketId, String expert) {
    return closeAndTell(close(ticketId, Ticket.State.DECLINED, expert, null, null), ExpertTexts::declined);
  }

  /** The asker takes their question back; only the asker can. */
  public Result withdraw(String ticketId, String asker) {
    return closeAndTell(close(ticketId, Ticket.State.WITHDRAWN, null, null, asker), ExpertTexts::withdrawn);
  }

  /**
   * Expires tickets open longer than {@code expire_after} (with a note to each asker) and reminds
   * the experts of tickets open longer than {@code reminder_after}. Safe to run on every instance.
   */
  public void sweep() {
    Optional<ExpertsSettings> experts = settings.get().expertsDesk();
    if (experts.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Instant expiryCutoff = now.minus(experts.get().expiry());
    for (Ticket ticket : store.open()) {
      if (ticket.openedAt().isBefore(expiryCutoff)) {
        String days = ExpertTexts.duration(experts.get().expiry());
        closeAndTell(close(String.valueOf(ticket.id()), Ticket.State.EXPIRED, null, null, null),
            closed -> ExpertTexts.expired(closed, days));
      }
    }
    experts.get().reminder().ifPresent(after -> remind(now.minus(after)));
  }

  public Optional<Ticket> find(long id) {
    return store.find(id);
  }

  /** Open tickets, the oldest first. */
  public List<Ticket> openTickets() {
    return store.open();
  }

  /** Remembers how a Teams conversation is reached, from a verified activity in it. */
  public void rememberServiceUrl(String conversation, String serviceUrl) {
    if (store.serviceUrl(conversation).filter(serviceUrl::equals).isEmpty()) {
      store.rememberServiceUrl(conversation, serviceUrl, clock.instant());
    }
  }

  public Optional<String> serviceUrl(String conversation) {
    return store.serviceUrl(conversation);
  }

  private void remind(Instant cutoff) {
    for (Ticket ticket : store.unremindedBefore(cutoff)) {
      if (store.markReminded(ticket.id(), clock.instant())) {
        relay(ticket.platform()).ifPresent(relay -> relay.postTicket(ticket, true));
      }
    }
  }

  private Result close(String ticketId, Ticket.State state, String expert, String answer, String onlyForAsker) {
    Optional<Long> id = parseId(ticketId);
    Optional<Ticket> known = id.flatMap(store::find);
    if (known.isEmpty()) {
      return new Result.Refused(ExpertTexts.UNKNOWN);
    }
    if (!known.get().isOpen()) {
      return new Result.Refused(ExpertTexts.alreadyClosed(known.get()));
    }
    Optional<Ticket> closed = store.close(id.get(), state, expert, answer, onlyForAsker, clock.instant());
    if (closed.isEmpty()) {
      return new Result.Refused(onlyForAsker != null ? ExpertTexts.NOT_YOURS
          : ExpertTexts.alreadyClosed(store.find(id.get()).orElse(known.get())));
    }
    LOG.info("Expert ticket {} is now {}", closed.get().id(), state.label());
    return new Result.Done(closed.get());
  }

  private Result closeAndTell(Result result, java.util.function.Function<Ticket, String> note) {
    if (result instanceof Result.Done done && deliveries.claim("experts:note:" + done.ticket().id())) {
      relay(done.ticket().platform()).ifPresent(relay -> relay.tellAsker(done.ticket(), note.apply(done.ticket())));
    }
    return result;
  }

  private synchronized Optional<TicketRelay> relay(Platform platform) {
    return Optional.ofNullable(relays.get(platform));
  }

  private static Optional<Long> parseId(String text) {
    if (text == null || !text.strip().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text.strip()));
  }
}
