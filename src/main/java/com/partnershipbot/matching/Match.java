package com.partnershipbot.matching;

import java.util.List;

/**
 * The matcher's verdict on one question. {@code id} is the answered entry for {@code ANSWER} and
 * null otherwise; {@code candidates} are the best entries, best first (the choices for
 * {@code CLARIFY}, the one suggestion for {@code SUGGEST}).
 */
public record Match(Outcome outcome, String id, double score, List<Candidate> candidates) {

  public Match {
    candidates = List.copyOf(candidates);
  }

  public static Match answer(String id, double score, List<Candidate> candidates) {
    return new Match(Outcome.ANSWER, id, score, candidates);
  }

  public static Match clarify(List<Candidate> candidates) {
    return new Match(Outcome.CLARIFY, null, candidates.get(0).score(), candidates);
  }

  /** One plausible topic, not sure enough to answer with: "did you mean ...?". */
  public static Match suggest(Candidate candidate) {
    return new Match(Outcome.SUGGEST, null, candidate.score(), List.of(candidate));
  }

  public static Match noAnswer(double score, List<Candidate> candidates) {
    return new Match(Outcome.NO_ANSWER, null, score, candidates);
  }
}
