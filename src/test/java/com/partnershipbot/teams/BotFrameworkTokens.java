package com.partnershipbot.teams;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Signs tokens the way the Bot Framework signs what it sends a bot: RS256, with the key's id. */
final class BotFrameworkTokens {
  static final String APP_ID = "5f0c3a4e-6a7b-4c1d-9e2f-0a1b2c3d4e5f";

  private BotFrameworkTokens() {}

  /** The claims of a valid channel-to-bot token for this service URL. */
  static JWTClaimsSet.Builder claims(String serviceUrl) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer("https://api.botframework.com")
        .audience(APP_ID)
        .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(1))))
        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
        .claim("serviceurl", serviceUrl);
  }

  static String sign(RSAKey key, JWTClaimsSet claims) {
    return sign(key, key.getKeyID(), claims);
  }

  /** Signs with {@code key} but names {@code keyId} in the header (to forge a signature). */
  static String sign(RSAKey key, String keyId, JWTClaimsSet claims) {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).type(JOSEObjectType.JWT).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
