package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The signature check agrees with Slack's published example and signs UTF-8 bytes whatever the JVM's charset. */
class SignatureCheckTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String TIMESTAMP = "1531420618";
  private static final long NOW_MILLIS = 1531420618_000L + 60_000;
  private final SignatureCheck check = new SignatureCheck(SECRET);

  @Test
  void matchesTheExampleInSlacksDocumentation() {
    String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
        + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
        + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
        + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    String signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    assertThat(check.sign(TIMESTAMP, body)).isEqualTo(signature);
    assertThat(check.isValid(TIMESTAMP, body, signature, NOW_MILLIS)).isTrue();
  }

  @Test
  void signsTheUtf8BytesOfANonAsciiBody() {
    // HMAC-SHA256 of the UTF-8 bytes, computed independently (Python's hmac module).
    String signature = "v0=ec475df442697405edfa2900c544953a4d084d51e9595d32020323f9c5ba441f";

    assertThat(check.isValid(TIMESTAMP, "{\"text\":\"é•\"}", signature, NOW_MILLIS)).isTrue();
  }

  @Test
  void refusesAnyChangeToTheBody() {
    String signature = check.sign(TIMESTAMP, "text=azure");

    assertThat(check.isValid(TIMESTAMP, "text=azurf", signature, NOW_MILLIS)).isFalse();
  }

  @Test
  void refusesTimestampsFiveMinutesOrMoreAwayInEitherDirection() {
    String signature = check.sign(TIMESTAMP, "text=azure");
    long sent = 1531420618_000L;

    assertThat(check.isValid(TIMESTAMP, "text=azure", signature, sent + 299_000)).isTrue();
    assertThat(check.isValid(TIMESTAMP, "text=azure", signature, sent + 300_000)).isFalse();
    assertThat(check.isValid(TIMESTAMP, "text=azure", signature, sent - 300_000)).isFalse();
  }

  @Test
  void refusesMissingOrMalformedParts() {
    String signature = check.sign(TIMESTAMP, "text=azure");

    assertThat(check.isValid(null, "text=azure", signature, NOW_MILLIS)).isFalse();
    assertThat(check.isValid(TIMESTAMP, "text=azure", null, NOW_MILLIS)).isFalse();
    assertThat(check.isValid("yesterday", "text=azure", signature, NOW_MILLIS)).isFalse();
    assertThat(check.isValid(TIMESTAMP, "text=azure", signature.toUpperCase(), NOW_MILLIS)).isFalse();
  }
}
