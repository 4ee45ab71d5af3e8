package com.partnershipbot.bench;

import com.partnershipbot.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The two servers under load, on loopback: Partnership Bot started from the jar as README's first
 * command starts it, flags included, in its own process ({@link ServeProcess}), and a bare Bolt app
 * ({@link BareBoltApp}) behind the same Jetty set-up that acknowledges every command with a
 * constant string (by default {@code {"text":"ok"}}, as {@code ctx.ack("ok")} would): in this
 * process, or, with {@code bareInOwnJvm}, in a process of its own with the bot's flags. A tiny
 * fake of Slack's Web API answers the auth.test both make at start.
 */
final class BenchTargets implements AutoCloseable {
  static final String BOT_TOKEN = "xoxb-0000000000-bench-bot-token";

  private final FakeWebApi slackApi;
  private final Path dataFolder;
  private final ServeProcess bot;
  private final BareTarget bare;

  /**
   * With {@code answerSizedBare}, the bare app's constant reply is the bot's own reply to "azure"
   * (the same bytes on the wire), which tells the framework's cost apart from the answer's size.
   */
  BenchTargets(boolean answerSizedBare, boolean bareInOwnJvm, List<String> flags, Path jar) throws Exception {
    slackApi = new FakeWebApi();
    String apiUrl = slackApi.url();
    dataFolder = Files.createTempDirectory("partnership-bot-bench");
    Path logs = Files.createDirectories(Path.of("target", "load"));
    String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    bot = ServeProcess.start(flags, jar, apiUrl, dataFolder, logs.resolve("serve-" + started + ".log"));
    String bareBody = answerSizedBare ? botReply("azure") : "{\"text\":\"ok\"}";
    try {
      bare = bareInOwnJvm ? BareProcess.start(flags, apiUrl, bareBody, logs.resolve("bare-" + started + ".log"))
          : BareBoltApp.start(apiUrl, bareBody);
    } catch (Exception e) {
      bot.close();
      TempDirs.delete(dataFolder);
      slackApi.close();
      throw e;
    }
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

  BareTarget bare() {
    return bare;
  }

  @Override
  public void close() throws Exception {
    bare.close();
    bot.close();
    TempDirs.delete(dataFolder);
    slackApi.close();
  }
}
