package com.partnershipbot.tryit;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a request may see the try-it page: always when no token is set, otherwise with the
 * token as a bearer header or with the session cookie the login form sets. The cookie holds a
 * keyed hash of the token, never the token itself.
 */
final class TryAccess {
  static final String COOKIE = "try_session";
  private static final String BEARER = "Bearer ";

  private final Optional<byte[]> token;
  private final Optional<String> session;

  TryAccess(TryPageSettings settings) {
    this.token = settings.token().map(value -> value.getBytes(StandardCharsets.UTF_8));
    this.session = token.map(TryAccess::sessionValue);
  }

  boolean open() {
    return token.isEmpty();
  }

  boolean allows(HttpServletRequest request) {
    return open() || bearerMatches(request.getHeader("Authorization")) || cookieMatches(request.getCookies());
  }

  /** True when a typed token is the right one. */
  boolean matches(String typed) {
    return typed != null && token.isPresent()
        && MessageDigest.isEqual(token.get(), typed.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** The cookie the login form sets: HttpOnly, same-site only, Secure over HTTPS, for the browser session. */
  Cookie sessionCookie(HttpServletRequest request) {
    Cookie cookie = new Cookie(COOKIE, session.orElseThrow());
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
    cookie.setAttribute("SameSite", "Strict");
    return cookie;
  }

  private boolean bearerMatches(String header) {
    return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && matches(header.substring(BEARER.length()));
  }

  private boolean cookieMatches(Cookie[] cookies) {
    if (cookies == null || session.isEmpty()) {
      return false;
    }
    byte[] expected = session.get().getBytes(StandardCharsets.US_ASCII);
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
          && MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
        return true;
      }
    }
    return false;
  }

  private static String sessionValue(byte[] token) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(token, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal("partnership-bot try-it session".getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
