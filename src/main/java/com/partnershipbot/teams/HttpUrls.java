package com.partnershipbot.teams;

import com.partnershipbot.env.SettingsException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks URLs the bot will call: settings at start, and service URLs before anything is posted. */
final class HttpUrls {
  private HttpUrls() {}

  /** The URL a setting names; a {@link SettingsException} naming the setting when it is not an http(s) URL. */
  static URI parse(String name, String value) {
    try {
      URI uri = new URI(value);
      if (isHttp(uri) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException ignored) {
      // reported below
    }
    throw new SettingsException(name + " must be an http(s) URL, not '" + value + "'");
  }

  /** https anywhere; plain http only to this machine (local fakes and development tunnels). */
  static boolean isSafeToPost(URI uri) {
    if (uri.getHost() == null || !isHttp(uri)) {
      return false;
    }
    return "https".equals(scheme(uri)) || isLoopback(uri.getHost());
  }

  private static boolean isHttp(URI uri) {
    return "http".equals(scheme(uri)) || "https".equals(scheme(uri));
  }

  private static String scheme(URI uri) {
    return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
  }

  private static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("[::1]");
  }
}
