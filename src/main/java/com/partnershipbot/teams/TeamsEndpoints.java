package com.partnershipbot.teams;

import com.partnershipbot.answering.AdminNotifier;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.platform.PlatformAdapter;
import com.partnershipbot.platform.PlatformServices;
import jakarta.servlet.http.HttpServlet;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Microsoft Teams, as its settings enable it: {@code /api/messages} for an Azure Bot and
 * {@code /api/teams-webhook} for an outgoing webhook. Closing it lets queued replies finish.
 */
public final class TeamsEndpoints implements PlatformAdapter {
  public static final String MESSAGES_PATH = "/api/messages";
  public static final String WEBHOOK_PATH = "/api/teams-webhook";
  static final String NAME = com.partnershipbot.answering.Platform.TEAMS.label();
  private static final int REPLY_THREADS = 2;
  private static final int REPLY_QUEUE = 500;
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private final Map<String, HttpServlet> servlets;
  private final Optional<ReplyQueue> queue;
  private final Optional<AdminNotifier> notifier;
  private final String description;

  private TeamsEndpoints(Map<String, HttpServlet> servlets, Optional<ReplyQueue> queue,
      Optional<AdminNotifier> notifier, String description) {
    this.servlets = Map.copyOf(servlets);
    this.queue = queue;
    this.notifier = notifier;
    this.description = description;
  }

  static TeamsEndpoints create(TeamsSetup setup, PlatformServices services) {
    Optional<ReplyQueue> queue = setup.azureBot().map(bot -> replyQueue(bot, services));
    Map<String, HttpServlet> servlets = new LinkedHashMap<>();
    List<String> endpoints = new ArrayList<>();
    setup.azureBot().ifPresent(bot -> {
      TenantCheck tenant = TenantCheck.of(bot.tenantId());
      servlets.put(MESSAGES_PATH, new MessagesServlet(inboundAuth(bot), tenant, queue.orElseThrow()));
      endpoints.add("POST " + MESSAGES_PATH + " as app " + bot.appId()
          + (tenant.enforced() ? " for tenant " + bot.tenantId() + " only" : " for any tenant"));
    });
    setup.webhook().ifPresent(signature -> {
      servlets.put(WEBHOOK_PATH, new WebhookServlet(signature, services.answers()));
      endpoints.add("POST " + WEBHOOK_PATH + " (outgoing webhook)");
    });
    Optional<AdminNotifier> notifier = queue.map(replies -> new TeamsAdminNotifier(settings(services),
        services.conversations(), replies));
    return new TeamsEndpoints(servlets, queue, notifier, "Teams is enabled, answering on "
        + String.join(" and ", endpoints));
  }

  /** Nothing to check ahead: Microsoft's keys and tokens are fetched when the first request needs them. */
  @Override
  public void start() {}

  @Override
  public Map<String, HttpServlet> routes() {
    return servlets;
  }

  /** With an Azure Bot: refused configs are told to the Teams admins in their personal chats with the bot. */
  @Override
  public Optional<AdminNotifier> adminNotifier() {
    return notifier;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void close() {
    queue.ifPresent(ReplyQueue::close);
  }

  private static InboundAuth inboundAuth(TeamsSettings settings) {
    return new InboundAuth(settings.appId(), new OpenIdKeys(settings.openIdMetadataUrl(), HTTP, Clock.systemUTC()),
        Clock.systemUTC());
  }

  private static ReplyQueue replyQueue(TeamsSettings settings, PlatformServices services) {
    ConnectorClient connector = new ConnectorClient(new BotTokenSource(settings, HTTP, Clock.systemUTC()), HTTP);
    TeamsAdmins admins = new TeamsAdmins(settings(services), services.adminConsole(), services.conversations());
    ActivityHandler handler = new ActivityHandler(services.answers(), services.feedback(), services.deliveries(),
        services.conversations(), admins, Clock.systemUTC(), services.experts());
    ReplyQueue queue = new ReplyQueue(handler, services.deliveries(), connector, services.counters(), REPLY_THREADS,
        REPLY_QUEUE, services.replyRetries());
    services.experts().register(com.partnershipbot.answering.Platform.TEAMS,
        new TeamsTicketRelay(services.experts(), queue));
    return queue;
  }

  private static Supplier<BotSettings> settings(PlatformServices services) {
    return () -> services.answers().knowledge().settings();
  }
}
