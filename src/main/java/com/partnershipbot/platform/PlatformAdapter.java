package com.partnershipbot.platform;

import com.partnershipbot.answering.AdminNotifier;
import jakarta.servlet.http.HttpServlet;
import java.util.Map;
import java.util.Optional;

/**
 * One chat platform as the server sees it: the HTTP endpoints its requests arrive at, a way to
 * reach the bot's admins there, and a start and a close. Slack and Teams each implement it.
 */
public interface PlatformAdapter extends AutoCloseable {

  /** Checks the credentials with the platform and connects; a refusal stops start-up with a SettingsException. */
  void start();

  /** Path to servlet for each endpoint the platform calls (empty when it talks to the bot over a socket). */
  Map<String, HttpServlet> routes();

  /** Reaches the admins named in bot.yml on this platform, when it can. */
  Optional<AdminNotifier> adminNotifier();

  /** One line for the start-up log: how the platform reaches the bot; never shows a secret. */
  String description();

  /** Stops taking requests, then lets queued replies finish. */
  @Override
  void close() throws Exception;
}
