package com.partnershipbot.storage;

import com.partnershipbot.answering.AskListener;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.answering.Outcomes;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.ReloadListener;
import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Vote;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.UserIdPolicy;
import com.partnershipbot.matching.Match;
import com.partnershipbot.storage.StoredRecord.QuestionRow;
import com.partnershipbot.storage.StoredRecord.ReloadRow;
import com.partnershipbot.storage.StoredRecord.VoteRow;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

/** Turns questions, votes and reloads into records for the write queue; returns at once. */
final class StorageListener implements AskListener, FeedbackListener, ReloadListener {
  private final RecordWriter writer;
  private final Supplier<BotSettings> settings;
  private final Clock clock;

  StorageListener(RecordWriter writer, Supplier<BotSettings> settings, Clock clock) {
    this.writer = writer;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void asked(Question question, Reply reply, long latencyNanos) {
    Match match = reply.match();
    String topCandidate = match.candidates().isEmpty() ? null : match.candidates().get(0).id();
    writer.offer(new QuestionRow(clock.instant(), platform(question.platform()), question.channel(), question.user(),
        plainUserIds(), question.text() == null ? "" : question.text(), Outcomes.of(reply), match.id(), topCandidate,
        match.score(), latencyNanos / 1_000));
  }

  @Override
  public void voted(Vote vote) {
    if (vote.entryId() == null || vote.entryId().isBlank()) {
      return;
    }
    writer.offer(new VoteRow(vote.at() == null ? clock.instant() : vote.at(), platform(vote.platform()),
        vote.entryId(), vote.user(), plainUserIds(), vote.helpful()));
  }

  @Override
  public void reloaded(ReloadResult result) {
    String firstError = result.errors().stream().findFirst().map(ConfigProblem::format).orElse(null);
    writer.offer(new ReloadRow(result.at(), result.requestedBy() == null ? "unknown" : result.requestedBy(),
        result.version(), result.status().name().toLowerCase(Locale.ROOT), result.errors().size(), firstError));
  }

  private boolean plainUserIds() {
    return settings.get().recordUserIds() == UserIdPolicy.PLAIN;
  }

  private static String platform(Platform platform) {
    return platform == null ? "unknown" : platform.label();
  }
}
