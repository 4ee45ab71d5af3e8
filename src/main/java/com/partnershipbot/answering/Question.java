package com.partnershipbot.answering;

/** A question as someone asked it, with where it came from. Channel and user may be null (command line). */
public record Question(String text, Platform platform, String channel, String user) {

  public static Question local(String text) {
    return new Question(text, Platform.CLI, null, null);
  }
}
