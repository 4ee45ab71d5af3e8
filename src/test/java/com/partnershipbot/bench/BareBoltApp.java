package com.partnershipbot.bench;

import com.partnershipbot.server.BotServer;
import com.partnershipbot.server.Route;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.server.Server;

/**
 * The baseline: a bare Bolt app behind the bot's Jetty set-up whose only listener acknowledges
 * {@code /partnership} with a constant body. It runs in the driver's own process, or, through
 * {@link #main}, in a process of its own started with the bot's flags.
 */
final class BareBoltApp implements BareTarget {
  private final Slack slack;
  private final Server server;

  private BareBoltApp(Slack slack, Server server) {
    this.slack = slack;
    this.server = server;
  }

  /** Listens on a free loopback port; {@code apiUrl} is the fake Web API its auth.test goes to. */
  static BareBoltApp start(String apiUrl, String body) throws Exception {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(apiUrl);
    Slack slack = Slack.getInstance(config);
    App app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(BenchTargets.BOT_TOKEN)
        .signingSecret(SignedCommands.SECRET).build());
    app.command("/partnership", (request, context) -> Response.builder().statusCode(200)
        .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8).body(body).build());
    app.start();
    Server server = BotServer.newServer(0, List.of(new Route("/slack/events", new SlackAppServlet(app))));
    server.start();
    return new BareBoltApp(slack, server);
  }

  @Override
  public int port() {
    return BotServer.port(server);
  }

  /** This process's request threads: the driver's own work is in the same process. */
  @Override
  public long cpuNanos() {
    return ServerCpu.nanos();
  }

  @Override
  public String cpuScope() {
    return "its request threads";
  }

  @Override
  public void close() throws Exception {
    server.stop();
    slack.close();
  }

  /**
   * {@code BareBoltApp API_URL BODY_FILE}: prints {@code PORT n} once listening, and stops when
   * its standard input closes (the driver ending, however it ends).
   */
  public static void main(String[] args) throws Exception {
    String body = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    try (BareBoltApp bare = start(args[0], body)) {
      System.out.println("PORT " + bare.port());
      System.out.flush();
      drain();
    }
  }

  private static void drain() throws IOException {
    while (System.in.read() >= 0) {
      // waits for end of input
    }
  }
}
