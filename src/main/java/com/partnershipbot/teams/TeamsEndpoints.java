package com.partnershipbot.teams;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.env.Env;
import jakarta.servlet.http.HttpServlet;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Microsoft Teams, as the environment enables it: {@code /api/messages} for an Azure Bot
 * (TEAMS_APP_ID, TEAMS_APP_PASSWORD, TEAMS_TENANT_ID) and {@code /api/teams-webhook} for an
 * outgoing webhook (TEAMS_WEBHOOK_SECRET). Closing it lets queued replies finish.
 */
public final class TeamsEndpoints implements AutoCloseable {
  public static final String MESSAGES_PATH = "/api/messages";
  public static final String WEBHOOK_PATH = "/api/teams-webhook";
  private static final Logger LOG = LoggerFactory.getLogger(TeamsEndpoints.class);
  private static final int REPLY_THREADS = 2;
  private static final int REPLY_QUEUE = 500;
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private final Map<String, HttpServlet> servlets;
  private final Optional<ReplyQueue> queue;

  private TeamsEndpoints(Map<String, HttpServlet> servlets, Optional<ReplyQueue> queue) {
    this.servlets = Map.copyOf(servlets);
    this.queue = queue;
  }

  /** Reads the settings (failing, naming the variable, when they are incomplete) and builds the endpoints. */
  public static TeamsEndpoints fromEnv(Env env, AnswerService answers, FeedbackListener feedback) {
    Optional<TeamsSettings> settings = TeamsSettings.from(env);
    Optional<WebhookSignature> webhook = WebhookSignature.from(env);
    Optional<ReplyQueue> queue = settings.map(bot -> replyQueue(bot, answers, feedback));
    Map<String, HttpServlet> servlets = new LinkedHashMap<>();
    settings.ifPresentOrElse(bot -> {
      servlets.put(MESSAGES_PATH, new MessagesServlet(inboundAuth(bot), queue.orElseThrow()));
      LOG.info("Teams: answering on POST {} as app {}", MESSAGES_PATH, bot.appId());
    }, () -> LOG.info("Teams is disabled (set TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID to enable it)"));
    webhook.ifPresent(signature -> {
      servlets.put(WEBHOOK_PATH, new WebhookServlet(signature, answers));
      LOG.info("Teams outgoing webhook: answering on POST {}", WEBHOOK_PATH);
    });
    return new TeamsEndpoints(servlets, queue);
  }

  /** Fails, naming the missing variable, when the Teams settings are only partly set. */
  public static void checkSettings(Env env) {
    TeamsSettings.from(env);
    WebhookSignature.from(env);
  }

  /** Path to servlet, for each endpoint enabled; empty when Teams is not configured. */
  public Map<String, HttpServlet> servlets() {
    return servlets;
  }

  public boolean isEnabled() {
    return !servlets.isEmpty();
  }

  @Override
  public void close() {
    queue.ifPresent(ReplyQueue::close);
  }

  private static InboundAuth inboundAuth(TeamsSettings settings) {
    return new InboundAuth(settings.appId(), new OpenIdKeys(settings.openIdMetadataUrl(), HTTP, Clock.systemUTC()),
        Clock.systemUTC());
  }

  private static ReplyQueue replyQueue(TeamsSettings settings, AnswerService answers, FeedbackListener feedback) {
    ConnectorClient connector = new ConnectorClient(new BotTokenSource(settings, HTTP, Clock.systemUTC()), HTTP);
    return new ReplyQueue(new ActivityHandler(answers, feedback, Clock.systemUTC()), connector, REPLY_THREADS,
        REPLY_QUEUE);
  }
}
