package com.partnershipbot.slack;

import com.partnershipbot.answering.AdminNotifier;
import com.partnershipbot.delivery.ReplyLanes;
import com.partnershipbot.delivery.RetryPolicy;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.platform.PlatformAdapter;
import com.partnershipbot.platform.PlatformServices;
import com.partnershipbot.platform.ReplyCounters;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partnership Bot in Slack: a Bolt app with the bot's listeners, served over HTTP at
 * {@value #EVENTS_PATH} or over Socket Mode. Storage plugs in through the {@link PlatformServices}:
 * votes go to its feedback listener, admin commands to its console, and its delivery log
 * remembers which events were already answered.
 */
public final class SlackBot implements PlatformAdapter {
  public static final String EVENTS_PATH = "/slack/events";
  static final String NAME = com.partnershipbot.answering.Platform.SLACK.label();
  private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
  private static final int REPLY_THREADS = 8;
  private static final int REPLY_CAPACITY = 1_000;
  private static final Duration SHUTDOWN_DEADLINE = Duration.ofSeconds(10);

  private final SlackSettings settings;
  private final Slack slack;
  private final App app;
  private final ReplyQueue replies;
  private final AdminNotifier adminNotifier;
  private SocketModeApp socketMode;
  private String identity = "";

  public SlackBot(SlackSettings settings, PlatformServices services) {
    this(settings, services, services.replyRetries());
  }

  /** As above, with how hard replies are retried (tests shrink the times). */
  public SlackBot(SlackSettings settings, PlatformServices services, RetryPolicy retries) {
    this.settings = settings;
    this.slack = Slack.getInstance(slackConfig(settings, retries));
    this.app = new VerifiedApp(appConfig(settings, slack));
    this.replies = new ReplyQueue(new ReplyLanes("Slack", REPLY_THREADS, REPLY_CAPACITY, retries, SHUTDOWN_DEADLINE));
    replies.countWith(slackCounters(services.counters()));
    this.adminNotifier = new SlackAdminNotifier(() -> services.answers().knowledge().settings(), app.client(), replies);
    Listeners.register(app, services.answers(), services.feedback(), services.adminConsole(), services.deliveries(),
        replies, services.experts());
    services.experts().register(com.partnershipbot.answering.Platform.SLACK,
        new SlackTicketRelay(services.experts(), app.client(), replies));
  }

  /** Checks the bot token with Slack (auth.test) and, in Socket Mode, connects; a refused token stops start-up. */
  @Override
  public void start() {
    AuthTestResponse auth = checkToken();
    identity = "@" + auth.getUser() + " in " + auth.getTeam();
    app.start();
    if (settings.socketMode()) {
      connectSocketMode();
    }
  }

  /** {@value #EVENTS_PATH}; nothing in Socket Mode, where Slack's requests arrive over the socket. */
  @Override
  public Map<String, HttpServlet> routes() {
    return settings.socketMode() ? Map.of() : Map.of(EVENTS_PATH, new SlackEventsServlet(app));
  }

  /** Tells the admins named in bot.yml (admin_channel, else a DM to each of admins). */
  @Override
  public Optional<AdminNotifier> adminNotifier() {
    return Optional.of(adminNotifier);
  }

  /** Who the bot is and how Slack reaches it. */
  @Override
  public String description() {
    String transport = settings.socketMode() ? "over Socket Mode" : "with events at " + EVENTS_PATH;
    return "Slack is enabled as " + identity + " " + transport + " (Web API " + settings.apiUrl() + ")";
  }

  /** Replies queued and not yet sent or given up on. */
  public int pendingReplies() {
    return replies.pending();
  }

  /** Replies finally given up on (refused, rate limited too often, or lost at shutdown); each was logged. */
  /** Replies Slack accepted (for tests and diagnostics). */
  long sentReplies() {
    return replies.sent();
  }

  public long failedReplies() {
    return replies.failed();
  }

  /** Disconnects, then lets queued replies finish until a deadline and logs any left as lost. */
  @Override
  public void close() throws Exception {
    if (socketMode != null) {
      socketMode.close();
    }
    app.stop();
    replies.close();
    slack.close();
  }

  private AuthTestResponse checkToken() {
    AuthTestResponse auth;
    try {
      auth = app.client().authTest(r -> r);
    } catch (IOException | SlackApiException e) {
      throw new SettingsException("Cannot reach Slack's Web API at " + settings.apiUrl() + " to check "
          + SlackSettings.BOT_TOKEN + " (" + e.getMessage() + "); check network access or " + SlackSettings.API_URL);
    }
    if (!auth.isOk()) {
      throw new SettingsException("Slack refused " + SlackSettings.BOT_TOKEN + " (auth.test: " + auth.getError()
          + "); copy the Bot User OAuth Token again from OAuth & Permissions");
    }
    return auth;
  }

  /**
   * Checks the app token (apps.connections.open) so a refusal stops start-up, then lets Bolt's
   * SocketModeApp connect. It must be built from the token: built from a ready client, it connects
   * and receives envelopes but never hands them to the app, so nothing is acknowledged.
   */
  private void connectSocketMode() {
    try {
      checkAppToken();
      socketMode = new SocketModeApp(settings.appToken(), app);
      socketMode.startAsync();
    } catch (Exception e) {
      throw new SettingsException("Cannot open a Socket Mode connection with " + SlackSettings.APP_TOKEN + " ("
          + e.getMessage() + "); check that it is an app-level token with the connections:write scope "
          + "and that Socket Mode is on in the app's settings");
    }
  }

  private void checkAppToken() throws IOException, SlackApiException {
    AppsConnectionsOpenResponse open = slack.methods(settings.appToken()).appsConnectionsOpen(r -> r);
    if (!open.isOk()) {
      throw new IOException("apps.connections.open: " + open.getError());
    }
  }

  private static SlackApiCounters slackCounters(ReplyCounters counters) {
    return new SlackApiCounters() {
      @Override
      public void retried(String method) {
        counters.retried(NAME, method);
      }

      @Override
      public void lost(String method) {
        counters.lost(NAME, method);
      }
    };
  }

  private static SlackConfig slackConfig(SlackSettings settings, RetryPolicy retries) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    config.setStatsEnabled(false);
    config.setHttpClientCallTimeoutMillis((int) retries.callTimeout().toMillis());
    return config;
  }

  /**
   * Bolt's settings. Bolt's own self-event filter is off because it may call bots.info while Slack
   * waits for the ack; the handlers check bot_id and subtype themselves and answer people only.
   * The auth.test result is kept for good, so no request waits on it. Events without a listener
   * (message edits and the like) are acknowledged, since a 404 makes Slack deliver them again.
   */
  private static AppConfig appConfig(SlackSettings settings, Slack slack) {
    return AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(settings.botToken())
        .signingSecret(settings.signingSecret())
        .ignoringSelfEventsEnabled(false)
        .subtypedMessageEventsAutoAckEnabled(true)
        .allEventsApiAutoAckEnabled(true)
        .authTestCacheExpirationMillis(-1)
        .threadPoolSize(1)
        .build();
  }
}
