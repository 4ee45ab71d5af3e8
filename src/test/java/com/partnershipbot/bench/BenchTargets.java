package com.partnershipbot.bench;

import com.partnershipbot.testing.TempDirs;
import com.partnershipbot.server.BotServer;
import com.partnershipbot.server.Route;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.jetty.server.Server;

/**
 * The two servers under load, on loopback: Partnership Bot started from the jar as README's first
 * command starts it, flags included, in its own process ({@link ServeProcess}), and, in this
 * process, behind the same Jetty set-up, a bare Bolt app that acknowledges every command with a
 * constant string (by default {@code {"text":"ok"}}, as {@code ctx.ack("ok")} would). A tiny fake of Slack's Web API answers the auth.test both make at start.
 */
final class BenchTargets implements AutoCloseable {
  static final String BOT_TOKEN = "xoxb-0000000000-bench-bot-token";

  private final FakeWebApi slackApi;
  private final Path dataFolder;
  private final ServeProcess bot;
  private final Server bare;
  private final Slack bareSlack;

  /**
   * With {@code answerSizedBare}, the bare app's constant reply is the bot's own reply to "azure"
   * (the same bytes on the wire), which tells the framework's cost apart from the answer's size.
   */
  BenchTargets(boolean answerSizedBare, List<String> flags, Path jar) throws Exception {
    slackApi = new FakeWebApi();
    String apiUrl = slackApi.url();
    dataFolder = Files.createTempDirectory("partnership-bot-bench");
    Path logs = Files.createDirectories(Path.of("target", "load"));
    bot = ServeProcess.start(flags, jar, apiUrl, dataFolder,
        logs.resolve("serve-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log"));
    String bareBody = answerSizedBare ? botReply("azure") : "{\"text\":\"ok\"}";
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(apiUrl);
    bareSlack = Slack.getInstance(config);
    App app = new App(AppConfig.builder().slack(bareSlack).singleTeamBotToken(BOT_TOKEN)
        .signingSecret(SignedCommands.SECRET).build());
    app.command("/partnership", (request, context) -> Response.builder().statusCode(200)
        .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8).body(bareBody).build());
    app.start();
    bare = BotServer.newServer(0, List.of(new Route("/slack/events", new SlackAppServlet(app))));
    bare.start();
  }

  private String botReply(String question) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        new SignedCommands(bot.port(), List.of(question)).next(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the bot answered " + response.statusCode());
    }
    return response.body();
  }

  /** The bot's process: its resident set, CPU and start time. */
  ServeProcess botProcess() {
    return bot;
  }

  int botPort() {
    return bot.port();
  }

  int barePort() {
    return BotServer.port(bare);
  }

  @Override
  public void close() throws Exception {
    bare.stop();
    bot.close();
    TempDirs.delete(dataFolder);
    bareSlack.close();
    slackApi.close();
  }
}
