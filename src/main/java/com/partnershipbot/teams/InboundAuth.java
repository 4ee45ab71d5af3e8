package com.partnershipbot.teams;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Checks the {@code Authorization: Bearer} token on a request from the Bot Framework, the way
 * Microsoft's SDKs do: a key from Microsoft's key set endorsed for the activity's channel, an
 * algorithm the metadata lists, issuer, audience, lifetime (with 5 minutes of skew), and the
 * {@code serviceurl} claim equal to the activity's {@code serviceUrl}.
 */
final class InboundAuth {
  static final String ISSUER = "https://api.botframework.com";
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final String appId;
  private final OpenIdKeys keys;
  private final Clock clock;

  InboundAuth(String appId, OpenIdKeys keys, Clock clock) {
    this.appId = appId;
    this.keys = keys;
    this.clock = clock;
  }

  /** The bearer token in an Authorization header value, or an {@link AuthException} if there is none. */
  static String bearerToken(String authorization) throws AuthException {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        || authorization.substring(7).isBlank()) {
      throw AuthException.unauthorized("missing \"Authorization: Bearer\" token");
    }
    return authorization.substring(7).strip();
  }

  /**
   * Checks the token for this activity. A token of any broken shape (a header that is JSON
   * {@code null}, claims of the wrong types, no algorithm) is a 401, never an exception.
   */
  VerifiedCaller verify(String authorization, Activity activity) throws AuthException, KeysUnavailableException {
    try {
      return check(authorization, activity);
    } catch (RuntimeException e) {
      throw AuthException.unauthorized("the bearer token is malformed (" + e.getClass().getSimpleName() + ")");
    }
  }

  private VerifiedCaller check(String authorization, Activity activity) throws AuthException, KeysUnavailableException {
    SignedJWT jwt = parse(bearerToken(authorization));
    SigningKey key = checkSignature(jwt);
    JWTClaimsSet claims = claims(jwt);
    checkIssuerAndAudience(claims);
    checkLifetime(claims);
    checkEndorsement(key, activity.channelId());
    return new VerifiedCaller(checkServiceUrl(claims, activity.serviceUrl()));
  }

  private static SignedJWT parse(String token) throws AuthException {
    try {
      return SignedJWT.parse(token);
    } catch (ParseException e) {
      throw AuthException.unauthorized("the bearer token is not a signed JWT");
    }
  }

  private SigningKey checkSignature(SignedJWT jwt) throws AuthException, KeysUnavailableException {
    String keyId = jwt.getHeader().getKeyID();
    if (keyId == null) {
      throw AuthException.unauthorized("the token names no signing key");
    }
    SigningKey key = keys.key(keyId)
        .orElseThrow(() -> AuthException.unauthorized("the token is signed with a key Microsoft does not list"));
    JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
    if (algorithm == null || !keys.algorithms().contains(algorithm.getName()) || !JWSAlgorithm.Family.RSA.contains(algorithm)) {
      throw AuthException.unauthorized("the token's algorithm " + algorithm + " is not one Microsoft lists");
    }
    if (!verifies(jwt, key)) {
      throw AuthException.unauthorized("the token's signature is not valid");
    }
    return key;
  }

  private static boolean verifies(SignedJWT jwt, SigningKey key) {
    try {
      return jwt.verify(new RSASSAVerifier(key.key()));
    } catch (JOSEException e) {
      return false;
    }
  }

  private static JWTClaimsSet claims(SignedJWT jwt) throws AuthException {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw AuthException.unauthorized("the token's claims are not valid JSON");
    }
  }

  private void checkIssuerAndAudience(JWTClaimsSet claims) throws AuthException {
    if (!ISSUER.equals(claims.getIssuer())) {
      throw AuthException.unauthorized("the token was not issued by the Bot Framework");
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(appId)) {
      throw AuthException.unauthorized("the token is for another bot (audience is not TEAMS_APP_ID)");
    }
  }

  private void checkLifetime(JWTClaimsSet claims) throws AuthException {
    Instant now = clock.instant();
    Date expires = claims.getExpirationTime();
    if (expires == null || expires.toInstant().plus(CLOCK_SKEW).isBefore(now)) {
      throw AuthException.unauthorized("the token has expired");
    }
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && notBefore.toInstant().minus(CLOCK_SKEW).isAfter(now)) {
      throw AuthException.unauthorized("the token is not valid yet");
    }
  }

  private static void checkEndorsement(SigningKey key, String channelId) throws AuthException {
    if (channelId == null || !key.endorsements().contains(channelId)) {
      throw AuthException.forbidden("the signing key is not endorsed for channel " + channelId);
    }
  }

  private static URI checkServiceUrl(JWTClaimsSet claims, String serviceUrl) throws AuthException {
    Object claim = claims.getClaim("serviceurl");
    if (serviceUrl == null || !serviceUrl.equals(claim)) {
      throw AuthException.forbidden("the activity's serviceUrl does not match the token's serviceurl claim");
    }
    try {
      URI uri = new URI(serviceUrl);
      if (HttpUrls.isSafeToPost(uri)) {
        return uri;
      }
    } catch (URISyntaxException ignored) {
      // reported below
    }
    throw AuthException.forbidden("the activity's serviceUrl is not an https URL");
  }
}
