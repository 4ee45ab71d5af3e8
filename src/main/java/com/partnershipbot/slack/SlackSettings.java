package com.partnershipbot.slack;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.platform.PlatformAdapter;
import com.partnershipbot.platform.PlatformServices;
import com.partnershipbot.platform.PlatformSettings;
import java.util.Optional;

/**
 * Slack credentials and endpoints from the environment. {@code SLACK_BOT_TOKEN} with
 * {@code SLACK_SIGNING_SECRET} serves HTTP events at /slack/events; adding {@code SLACK_APP_TOKEN}
 * switches to Socket Mode, which needs no public URL (the signing secret is then optional).
 * {@link #toString()} never shows a secret.
 */
public record SlackSettings(String botToken, String signingSecret, String appToken, String apiUrl)
    implements PlatformSettings {
  public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  public static final String APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String API_URL = "SLACK_API_URL";
  public static final String DEFAULT_API_URL = "https://slack.com/api/";

  public SlackSettings {
    checkBotToken(botToken);
    if (appToken != null) {
      checkAppToken(appToken);
    } else if (signingSecret == null) {
      throw new SettingsException("Slack needs " + SIGNING_SECRET + " (or " + APP_TOKEN + " for Socket Mode)");
    }
    apiUrl = withTrailingSlash(apiUrl == null ? DEFAULT_API_URL : apiUrl);
  }

  /** The settings, or empty when no Slack variable is set at all (Slack off). */
  public static Optional<SlackSettings> from(Env env) {
    boolean anySet = env.isSet(BOT_TOKEN) || env.isSet(SIGNING_SECRET) || env.isSet(APP_TOKEN);
    if (!anySet) {
      return Optional.empty();
    }
    if (env.isSet(APP_TOKEN)) {
      env.allOrNone("Slack Socket Mode", APP_TOKEN, BOT_TOKEN);
    } else {
      env.allOrNone("Slack", BOT_TOKEN, SIGNING_SECRET);
    }
    return Optional.of(new SlackSettings(env.get(BOT_TOKEN).orElseThrow(), env.get(SIGNING_SECRET).orElse(null),
        env.get(APP_TOKEN).orElse(null), env.get(API_URL, DEFAULT_API_URL)));
  }

  @Override
  public PlatformAdapter create(PlatformServices services) {
    return new SlackBot(this, services);
  }

  public boolean socketMode() {
    return appToken != null;
  }

  /** Whether Slack's HTTP requests can be verified, so /slack/events can be served. */
  public boolean servesHttp() {
    return signingSecret != null;
  }

  @Override
  public String toString() {
    return "SlackSettings[apiUrl=" + apiUrl + ", socketMode=" + socketMode() + ", http=" + servesHttp() + "]";
  }

  private static void checkBotToken(String token) {
    if (token == null) {
      throw new SettingsException("Slack needs " + BOT_TOKEN);
    }
    if (token.startsWith("xapp-")) {
      throw new SettingsException(BOT_TOKEN + " holds an app-level token (xapp-...): put that in " + APP_TOKEN
          + " and set " + BOT_TOKEN + " to the bot token (xoxb-...) from OAuth & Permissions");
    }
    if (!token.startsWith("xoxb-") && !token.startsWith("xoxe.xoxb-")) {
      throw new SettingsException(BOT_TOKEN + " must be a bot token starting with xoxb- (see OAuth & Permissions "
          + "in your Slack app's settings)");
    }
    if (token.length() < 16) {
      throw new SettingsException(BOT_TOKEN + " starts like a bot token but is only " + token.length()
          + " characters long, so part of it is missing; copy the whole Bot User OAuth Token again from "
          + "OAuth & Permissions");
    }
  }

  private static void checkAppToken(String token) {
    if (!token.startsWith("xapp-")) {
      throw new SettingsException(APP_TOKEN + " must be an app-level token starting with xapp- with the "
          + "connections:write scope (Basic Information > App-Level Tokens), or unset it to serve HTTP events");
    }
  }

  private static String withTrailingSlash(String url) {
    if (!url.matches("https?://[^/\\s]+(/\\S*)?")) {
      throw new SettingsException(API_URL + " must be an http(s) URL such as " + DEFAULT_API_URL + ", not '" + url + "'");
    }
    return url.endsWith("/") ? url : url + "/";
  }
}
