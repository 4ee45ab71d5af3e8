package com.partnershipbot.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * The matcher's verdict on one question. {@code id} is the answered entry for {@code ANSWER} and
 * null otherwise; {@code candidates} are the best entries, best first (the choices for
 * {@code CLARIFY}, the one suggestion for {@code SUGGEST}). {@code offTopicKind} names the kind of
 * off-topic question a {@code NO_ANSWER} resembles ("own organisation", say), when it does.
 */
public record Match(Outcome outcome, String id, double score, List<Candidate> candidates,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> offTopicKind) {

  public Match {
    candidates = List.copyOf(candidates);
  }

  public static Match answer(String id, double score, List<Candidate> candidates) {
    return new Match(Outcome.ANSWER, id, score, candidates, Optional.empty());
  }

  public static Match clarify(List<Candidate> candidates) {
    return new Match(Outcome.CLARIFY, null, candidates.get(0).score(), candidates, Optional.empty());
  }

  /** One plausible topic, not sure enough to answer with: "did you mean ...?". */
  public static Match suggest(Candidate candidate) {
    return new Match(Outcome.SUGGEST, null, candidate.score(), List.of(candidate), Optional.empty());
  }

  public static Match noAnswer(double score, List<Candidate> candidates) {
    return new Match(Outcome.NO_ANSWER, null, score, candidates, Optional.empty());
  }

  /** This verdict, noting the kind of off-topic question it resembles when it is no answer. */
  Match resembling(Optional<String> kind) {
    return outcome == Outcome.NO_ANSWER ? new Match(outcome, id, score, candidates, kind) : this;
  }

  /** True when the question reads as one about the asker's own organisation rather than the partnership. */
  public boolean aboutOwnOrganisation() {
    return offTopicKind.filter(OffTopic.OWN_ORGANISATION::equals).isPresent();
  }
}
