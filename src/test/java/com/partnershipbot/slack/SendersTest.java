package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only fresh messages from people are answered, and the mention that addressed the bot is not part of the question. */
class SendersTest {

  @ParameterizedTest(name = "user={0} bot_id={1} subtype={2} -> {3}")
  @CsvSource(nullValues = "-", value = {
      "U1, -, -, true",
      "UBOT, -, -, false",
      "U1, B1, -, false",
      "U1, -, message_changed, false",
      "U1, -, bot_message, false",
      "-, -, -, false"})
  void answersPeopleOnly(String user, String botId, String subtype, boolean answered) {
    assertThat(Senders.isPerson(user, botId, subtype, "UBOT")).isEqualTo(answered);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "<@UBOT> is azure exclusive?;is azure exclusive?",
      "<@UBOT|partnershipbot> help;help",
      "hey <@UBOT> what about agi;hey   what about agi",
      "<@UOTHER> ip?;ip?"})
  void removesTheMentionOfTheBot(String text, String question) {
    assertThat(Senders.withoutBotMention(text, "UBOT")).isEqualTo(question);
  }
}
