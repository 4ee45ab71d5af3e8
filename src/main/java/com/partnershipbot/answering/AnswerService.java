package com.partnershipbot.answering;

import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.TopicKeys;
import com.partnershipbot.matching.Explanation;
import com.partnershipbot.matching.Match;
import com.partnershipbot.matching.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Turns a question into a platform-neutral reply, using whichever config is current. */
public final class AnswerService {
  private static final Set<String> HELP_WORDS = Set.of("", "help", "topics", "topic", "list", "menu", "start", "?");

  private final Supplier<ConfigSnapshot> config;
  private final AskListener listener;
  private final ReplyMemo memo = new ReplyMemo(2_048);

  public AnswerService(Supplier<ConfigSnapshot> config, AskListener listener) {
    this.config = config;
    this.listener = listener;
  }

  public AnswerService(Supplier<ConfigSnapshot> config) {
    this(config, AskListener.NONE);
  }

  /** Answers a question; "help" (or nothing at all) gets the topic list. */
  public Reply ask(Question question) {
    return ask(question, config.get());
  }

  /**
   * Answers a question as {@link #ask} does and says why, both from the same config: for admins
   * checking an answer before people see it.
   */
  public Explained explained(Question question) {
    ConfigSnapshot snapshot = config.get();
    Reply reply = ask(question, snapshot);
    Explanation why = snapshot.matcher().explanation(isHelp(question.text()) ? "" : question.text());
    return new Explained(reply, why, snapshot.knowledge());
  }

  private Reply ask(Question question, ConfigSnapshot snapshot) {
    long started = System.nanoTime();
    Reply reply = isHelp(question.text()) ? help(snapshot.knowledge()) : remembered(snapshot, question.text());
    long latency = System.nanoTime() - started;
    Listeners.quietly(() -> listener.asked(question, reply, latency));
    return reply;
  }

  /** The answer for a topic chosen by id, as from a button; empty if no such topic exists now. */
  public Optional<Reply> topic(String id) {
    Knowledge knowledge = config.get().knowledge();
    return knowledge.entry(id).map(entry -> answered(knowledge, entry, Match.answer(id, 1.0, List.of())));
  }

  /** The bot's best guesses for a question, with their scores, without recording it as asked: for expert tickets. */
  public List<Ticket.Guess> guesses(String text) {
    ConfigSnapshot snapshot = config.get();
    Knowledge knowledge = snapshot.knowledge();
    return snapshot.matcher().match(text).candidates().stream().limit(3)
        .flatMap(c -> knowledge.entry(c.id()).map(e -> new Ticket.Guess(e.id(), e.title(), c.score())).stream())
        .toList();
  }

  public List<Topic> topics() {
    return topics(config.get().knowledge());
  }

  public Knowledge knowledge() {
    return config.get().knowledge();
  }

  public static boolean isHelp(String text) {
    return text == null || HELP_WORDS.contains(TopicKeys.normalize(text));
  }

  /** A repeated question under the same config gets the same reply, without running the matcher again. */
  private Reply remembered(ConfigSnapshot snapshot, String text) {
    Reply known = memo.get(snapshot, text);
    if (known != null) {
      return known;
    }
    Reply reply = reply(snapshot, text);
    memo.put(snapshot, text, reply);
    return reply;
  }

  private static Reply reply(ConfigSnapshot snapshot, String text) {
    Knowledge knowledge = snapshot.knowledge();
    Match match = snapshot.matcher().match(text);
    if (match.outcome() == Outcome.ANSWER) {
      return answered(knowledge, knowledge.entry(match.id()).orElseThrow(), match);
    }
    List<Topic> candidates = candidates(knowledge, match);
    if (match.outcome() == Outcome.SUGGEST && !candidates.isEmpty()) {
      return new Reply.Suggestion(candidates.get(0), match);
    }
    if (match.outcome() == Outcome.CLARIFY || match.outcome() == Outcome.SUGGEST) {
      return new Reply.Clarification(candidates, match);
    }
    BotSettings settings = knowledge.settings();
    return new Reply.NotFound(settings.fallback(), candidates, Declines.ownOrganisationNote(match, settings), match);
  }

  /** The matcher's candidates that are still topics, best first. */
  private static List<Topic> candidates(Knowledge knowledge, Match match) {
    return match.candidates().stream().flatMap(c -> knowledge.entry(c.id()).stream()).map(Topic::of).toList();
  }

  private static Reply answered(Knowledge knowledge, FaqEntry entry, Match match) {
    List<Topic> related = entry.related().stream().flatMap(id -> knowledge.entry(id).stream()).map(Topic::of).toList();
    return new Reply.Answered(entry, related, match);
  }

  private static Reply help(Knowledge knowledge) {
    return new Reply.Help(topics(knowledge), Match.noAnswer(0, List.of()));
  }

  private static List<Topic> topics(Knowledge knowledge) {
    return knowledge.entries().stream().map(Topic::of).toList();
  }
}
