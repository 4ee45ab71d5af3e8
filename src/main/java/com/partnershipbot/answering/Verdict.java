package com.partnershipbot.answering;

import com.partnershipbot.matching.Candidate;
import com.partnershipbot.matching.Match;
import com.partnershipbot.matching.Outcome;
import java.util.List;

/**
 * What {@code ask --json} and {@code GET /api/ask} print: the matcher's verdict and, when an
 * answer was chosen, its title and text as authored (null otherwise).
 */
public record Verdict(Outcome outcome, String id, double score, List<Candidate> candidates, String title, String text) {

  public static Verdict of(Reply reply) {
    Match match = reply.match();
    if (reply instanceof Reply.Answered answered) {
      return new Verdict(match.outcome(), match.id(), match.score(), match.candidates(), answered.entry().title(),
          answered.entry().answer());
    }
    return new Verdict(match.outcome(), match.id(), match.score(), match.candidates(), null, null);
  }
}
