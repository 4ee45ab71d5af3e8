package com.partnershipbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's v0 request signature as Slack computes it: HMAC-SHA256 over the UTF-8 bytes of
 * {@code v0:timestamp:body}. Bolt's own check encodes with the JVM's default charset, so a body
 * with "é" fails on a JVM that does not default to UTF-8; this one does not depend on it, compares
 * in constant time, and refuses timestamps five minutes or more away in either direction.
 */
final class SignatureCheck {
  static final long MAX_AGE_SECONDS = 5 * 60;
  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  SignatureCheck(String signingSecret) {
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  boolean isValid(String timestamp, String body, String signature, long nowMillis) {
    if (timestamp == null || signature == null || body == null || !isFresh(timestamp, nowMillis)) {
      return false;
    }
    byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
  }

  /** The X-Slack-Signature value Slack would send with this body. */
  String sign(String timestamp, String body) {
    byte[] digest = macs.get().doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return "v0=" + HexFormat.of().formatHex(digest);
  }

  /** One per request thread: doFinal leaves it ready for the next body with the same key. */
  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static boolean isFresh(String timestamp, long nowMillis) {
    try {
      long seconds = Long.parseLong(timestamp.strip());
      return Math.abs(nowMillis / 1000 - seconds) < MAX_AGE_SECONDS;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
