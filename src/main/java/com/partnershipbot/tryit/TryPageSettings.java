package com.partnershipbot.tryit;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import java.util.Optional;

/**
 * Who may use the try-it page. Without {@value #TOKEN} it is open in local mode and off when Slack
 * or Teams is enabled; with it, the page and {@code /api/ask} ask for that token everywhere.
 */
public record TryPageSettings(Optional<String> token) {
  public static final String TOKEN = "TRY_PAGE_TOKEN";
  static final int MIN_TOKEN_LENGTH = 16;

  public TryPageSettings {
    if (token.isPresent() && token.get().length() < MIN_TOKEN_LENGTH) {
      throw new SettingsException(TOKEN + " must be at least " + MIN_TOKEN_LENGTH
          + " characters long (a random one: openssl rand -hex 24)");
    }
  }

  /** TRY_PAGE_TOKEN or the file TRY_PAGE_TOKEN_FILE names; unset, the page is open only in local mode. */
  public static TryPageSettings from(Env env) {
    return new TryPageSettings(env.get(TOKEN));
  }

  public static TryPageSettings open() {
    return new TryPageSettings(Optional.empty());
  }

  /** Whether the page is served: always in local mode, elsewhere only behind a token. */
  public boolean served(boolean localMode) {
    return localMode || token.isPresent();
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "TryPageSettings[token " + (token.isPresent() ? "set" : "unset") + "]";
  }
}
