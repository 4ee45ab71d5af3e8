package com.partnershipbot.teams;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC scheme of Teams outgoing webhooks: {@code Authorization: HMAC <base64>} where the
 * value is HMAC-SHA256 of the raw body, keyed with the base64-decoded security token.
 */
final class WebhookSignature {
  private final byte[] key;

  WebhookSignature(byte[] key) {
    this.key = key.clone();
  }

  /** From TEAMS_WEBHOOK_SECRET (the token Teams shows once when the webhook is created); empty when unset. */
  static Optional<WebhookSignature> from(Env env) {
    return env.get("TEAMS_WEBHOOK_SECRET").map(secret -> {
      try {
        return new WebhookSignature(Base64.getDecoder().decode(secret));
      } catch (IllegalArgumentException e) {
        throw new SettingsException("TEAMS_WEBHOOK_SECRET must be the base64 security token Teams showed "
            + "when the outgoing webhook was created");
      }
    });
  }

  boolean matches(String authorization, byte[] body) {
    if (authorization == null || !authorization.regionMatches(true, 0, "HMAC ", 0, 5)) {
      return false;
    }
    try {
      byte[] given = Base64.getDecoder().decode(authorization.substring(5).strip());
      return MessageDigest.isEqual(given, hmac(body));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private byte[] hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
