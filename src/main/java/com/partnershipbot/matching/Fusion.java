package com.partnershipbot.matching;

/**
 * How the two opinions on a question are combined (see {@link Evidence}).
 *
 * @param lexicalWeight share of an entry's confidence that comes from Lucene (the rest is meaning)
 * @param similarityFloor cosine similarity that counts as no semantic support
 * @param similarityCeiling cosine similarity that counts as full semantic support
 * @param offTopicWeight how hard a question nearer to an off-topic example than to the leading
 *     entry is pushed down (0 turns the off-topic examples off)
 * @param offTopicSlack how much nearer to the leading entry than to any off-topic example a
 *     question must be to escape that push
 * @param lexicalAlone the share of its lexical confidence an entry keeps whatever the encoder says
 */
public record Fusion(double lexicalWeight, double similarityFloor, double similarityCeiling, double offTopicWeight,
    double offTopicSlack, double lexicalAlone) {

  /** Chosen on the evaluation sets in src/test/resources/eval; docs/matching.md has the figures. */
  public static final Fusion DEFAULT = new Fusion(0.4, 0.2, 0.9, 4, 0.1, 0.5);

  /** Meaning only: Lucene does not rank (used to measure the alternatives). */
  static final Fusion SEMANTIC_ONLY = new Fusion(0, 0.2, 0.9, 4, 0.1, 0);

  /** The default blend without the off-topic examples (used to measure the alternatives). */
  static final Fusion WITHOUT_OFF_TOPIC = new Fusion(0.4, 0.2, 0.9, 0, 0.1, 0.5);
}
