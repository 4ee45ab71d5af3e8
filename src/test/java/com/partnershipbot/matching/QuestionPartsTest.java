package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionPartsTest {
  /** Counts the words a small FAQ about the partnership would use. */
  private static final java.util.function.ToIntFunction<String> WORDS = sentence -> (int) java.util.Arrays
      .stream(sentence.toLowerCase(java.util.Locale.ROOT).split("\\W+"))
      .filter(java.util.Set.of("partnership", "revenue", "share", "agi", "clause", "announcement", "key", "points",
          "pricing", "change")::contains).count();

  @Test
  void shortQuestionIsReadWhole() {
    assertThat(QuestionParts.of("is azure still exclusive? asking for a friend", Tuning.Reading.DEFAULT, WORDS)).containsExactly(
        "is azure still exclusive? asking for a friend");
  }

  @Test
  void longMessageIsAlsoReadByTheSentencesThatUseTheFaqsWords() {
    String message = "my VP wants a one-liner on the news for her staff email. nothing deep at all please."
        + " what do i tell her about the partnership?";

    assertThat(QuestionParts.of(message, Tuning.Reading.DEFAULT, WORDS)).containsExactly(message,
        "what do i tell her about the partnership?");
  }

  @Test
  void theQuestionIsFoundBetweenAGreetingAndASignOff() {
    String message = "good morning! my boss has five minutes and wants the key points of the announcement."
        + " bullets are fine. thank you so much!!";

    assertThat(QuestionParts.of(message, Tuning.Reading.DEFAULT, WORDS)).containsExactly(message,
        "my boss has five minutes and wants the key points of the announcement.");
  }

  @Test
  void dashesAndLineBreaksSeparateSentencesToo() {
    String message = "ok so context first, we are renewing our contract soon -- does the revenue share between"
        + " them change anything\nfor our pricing";

    assertThat(QuestionParts.of(message, Tuning.Reading.DEFAULT, WORDS)).containsExactly(message,
        "does the revenue share between them change anything", "for our pricing");
  }

  @Test
  void tinyFragmentsAreNotReadOnTheirOwn() {
    String message = "hi! thanks. so what does the statement say about the agi clause and who decides it now";

    assertThat(QuestionParts.of(message, Tuning.Reading.DEFAULT, WORDS)).containsExactly(message,
        "so what does the statement say about the agi clause and who decides it now");
  }

  @Test
  void longMessageWithoutSentenceBreaksIsReadWhole() {
    String message = "so my manager keeps asking whether we should keep building our support chatbot on azure openai";

    assertThat(QuestionParts.of(message, Tuning.Reading.DEFAULT, WORDS)).containsExactly(message);
  }
}
