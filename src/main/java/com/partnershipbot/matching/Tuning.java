package com.partnershipbot.matching;

/**
 * Every knob of the matcher that is not an admin's threshold, with the values calibrated on the
 * evaluation sets as {@link #DEFAULT} (docs/matching.md has the figures). Admins tune the
 * thresholds in bot.yml; these stay with the code and change only with a new calibration.
 *
 * @param fusion how Lucene's and the encoder's opinions are blended
 * @param lexicalHits how many entries Lucene returns for a question
 * @param semanticHits how many nearest entries the encoder adds
 * @param candidates how many entries an outcome names at most (the choices of "did you mean")
 * @param lexical how Lucene reads a question
 * @param reading how a message is cut into the pieces the encoder reads
 * @param secondOpinion when and how much the second encoder is heard, where it runs
 * @param answerLineWords the encoder also compares questions with each line of an answer that has
 *     at least this many words (0: titles and curated questions only)
 */
public record Tuning(Fusion fusion, int lexicalHits, int semanticHits, int candidates, Lexical lexical,
    Reading reading, SecondOpinion secondOpinion, int answerLineWords) {

  /** The calibrated values. */
  public static final Tuning DEFAULT = new Tuning(Fusion.DEFAULT, 10, 10, 3, Lexical.DEFAULT, Reading.DEFAULT,
      SecondOpinion.DEFAULT, 5);

  Tuning withFusion(Fusion other) {
    return new Tuning(other, lexicalHits, semanticHits, candidates, lexical, reading, secondOpinion, answerLineWords);
  }

  Tuning withSecondOpinion(SecondOpinion other) {
    return new Tuning(fusion, lexicalHits, semanticHits, candidates, lexical, reading, other, answerLineWords);
  }

  Tuning withAnswerLineWords(int words) {
    return new Tuning(fusion, lexicalHits, semanticHits, candidates, lexical, reading, secondOpinion, words);
  }

  /**
   * Where the first encoder leaves the best entry's confidence in the uncertain band, a second,
   * larger encoder (e5-small-v2) is asked too, and its similarities are mixed into the first's.
   * Its cosines sit higher and closer together, so they are first moved onto the first encoder's
   * scale: its {@code floor} becomes the blend's similarity floor and its {@code ceiling} the
   * blend's ceiling.
   *
   * @param low the band starts at this confidence...
   * @param high ...and ends at this one
   * @param share the second encoder's share of each similarity (0 turns it off)
   * @param floor the second encoder's cosine that counts as no support
   * @param ceiling the second encoder's cosine that counts as full support
   */
  public record SecondOpinion(double low, double high, double share, double floor, double ceiling) {

    public static final SecondOpinion DEFAULT = new SecondOpinion(0.3, 0.55, 0.7, 0.65, 0.95);
    public static final SecondOpinion OFF = new SecondOpinion(0, 0, 0, 0.65, 0.95);

    /** True when a question whose best confidence is {@code confidence} is worth a second opinion. */
    boolean wanted(double confidence) {
      return share > 0 && confidence >= low && confidence <= high;
    }

    /** A cosine of the second encoder on the first encoder's scale. */
    double onFirstScale(double cosine, Fusion fusion) {
      return fusion.similarityFloor()
          + (cosine - floor) / (ceiling - floor) * (fusion.similarityCeiling() - fusion.similarityFloor());
    }

    /** The two encoders' similarities mixed; an encoder with no opinion (below -0.5) leaves the other's. */
    double mixed(double first, double second, Fusion fusion) {
      if (second < -0.5) {
        return first;
      }
      double scaled = onFirstScale(second, fusion);
      return first < -0.5 ? scaled : (1 - share) * first + share * scaled;
    }
  }

  /**
   * How Lucene reads a question.
   *
   * @param maxWords only this many meaningful words of a question count; the rest is noise for an FAQ
   * @param titleBoost weight of a word found in an entry's title
   * @param questionsBoost weight of a word found in an entry's curated questions
   * @param answerBoost weight of a word found in an entry's answer text
   * @param fuzzyFactor weight of a close spelling relative to the word itself
   * @param fuzzyExpansions how many close spellings of an unknown word are tried
   * @param longWord words this long may be two edits away from the intended word; shorter ones one edit
   * @param sameWordPrefix a real English word is only read as another form of an FAQ word that
   *     starts with this many of the same letters
   * @param ubiquitousShare a word used by at least this share of the entries says nothing about
   *     which one fits, and the encoder does not read it...
   * @param ubiquitousMinEntries ...provided the FAQ has at least this many entries
   */
  public record Lexical(int maxWords, float titleBoost, float questionsBoost, float answerBoost, double fuzzyFactor,
      int fuzzyExpansions, int longWord, int sameWordPrefix, double ubiquitousShare, int ubiquitousMinEntries) {

    public static final Lexical DEFAULT = new Lexical(32, 2.0f, 1.5f, 0.4f, 0.8, 3, 10, 5, 0.7, 5);
  }

  /**
   * How a message is cut into the pieces the encoder reads (see {@link QuestionParts}).
   *
   * @param longMessageWords messages with fewer words than this are read whole only
   * @param maxSentences at most this many sentences are read on their own, counted from the end
   * @param minSentenceWords shorter sentences are not read on their own
   * @param maxEncodedWords only this many words of a piece are encoded: the encoder's cost grows with length
   * @param minKept ubiquitous words stay when fewer than this many other meaningful words would be left
   */
  public record Reading(int longMessageWords, int maxSentences, int minSentenceWords, int maxEncodedWords,
      int minKept) {

    public static final Reading DEFAULT = new Reading(14, 2, 3, 50, 2);
  }
}
