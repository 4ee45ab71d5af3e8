package com.partnershipbot.matching;

import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.Location;
import java.util.Locale;

/**
 * A curated sentence the encoder reads as belonging elsewhere: closer to another answer than to its
 * own, or a near-duplicate of another answer's sentence. Such a question may get the wrong answer.
 *
 * @param kind which of the two it is
 * @param sentence the sentence reported
 * @param other the other answer's sentence nearest to it
 * @param similarity cosine between the two
 * @param ownSimilarity the sentence's best cosine with the other sentences of its own answer
 */
public record Confusable(Kind kind, Sentence sentence, Sentence other, double similarity, double ownSimilarity) {

  /** What is wrong with the sentence. */
  public enum Kind {
    /** Another answer is clearly closer in meaning than the sentence's own answer. */
    CLOSER_TO_OTHER,
    /** Two answers hold (nearly) the same question. */
    OVERLAP
  }

  /**
   * One of an answer's curated sentences.
   *
   * @param entryId the answer's id
   * @param question the place in the answer's {@code questions:}, or {@link #TITLE} for its title
   */
  public record Sentence(String entryId, int question, String text) {
    public static final int TITLE = -1;

    public boolean isTitle() {
      return question == TITLE;
    }

    /** Where the sentence is written, when the knowledge was loaded from files. */
    public Location location(Knowledge knowledge) {
      return knowledge.lines(entryId).map(lines -> isTitle() ? lines.title() : lines.question(question))
          .orElse(new Location("answer '" + entryId + "'", 1, 1));
    }

    String quoted() {
      return (isTitle() ? "title \"" : "\"") + text + "\"";
    }
  }

  /** The warning an admin sees, at the sentence's line, naming the other sentence's FILE:LINE. */
  public ConfigProblem warning(Knowledge knowledge) {
    String other = this.other.entryId() + " (" + this.other.quoted() + ", "
        + this.other.location(knowledge).fileAndLine() + ")";
    String message = kind == Kind.OVERLAP
        ? String.format(Locale.ROOT, "%s overlaps %s (similarity %.2f): either answer may come back for it; "
            + "keep it in one answer, or reword one of them", sentence.quoted(), other, similarity)
        : String.format(Locale.ROOT, "%s is closer to %s than to any other question of %s (similarity %.2f vs %.2f): "
            + "%s", sentence.quoted(), other, sentence.entryId(), similarity, ownSimilarity, advice());
    return sentence.location(knowledge).warning(message);
  }

  private String advice() {
    return sentence.isTitle() ? "reword the title so it says what sets " + sentence.entryId() + " apart"
        : "move it to " + other.entryId() + ", or reword it";
  }
}
