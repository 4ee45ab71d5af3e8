package com.partnershipbot.teams;

import com.partnershipbot.env.Env;
import com.partnershipbot.platform.PlatformAdapter;
import com.partnershipbot.platform.PlatformServices;
import com.partnershipbot.platform.PlatformSettings;
import java.util.Optional;

/**
 * How Teams reaches the bot, read once: an Azure Bot (TEAMS_APP_ID, TEAMS_APP_PASSWORD,
 * TEAMS_TENANT_ID), an outgoing webhook (TEAMS_WEBHOOK_SECRET), both, or neither.
 */
public final class TeamsSetup implements PlatformSettings {
  private final Optional<TeamsSettings> azureBot;
  private final Optional<WebhookSignature> webhook;

  private TeamsSetup(Optional<TeamsSettings> azureBot, Optional<WebhookSignature> webhook) {
    this.azureBot = azureBot;
    this.webhook = webhook;
  }

  /** Fails, naming the variable, when a setting is only partly given or malformed; empty when Teams is off. */
  public static Optional<TeamsSetup> from(Env env) {
    TeamsSetup setup = new TeamsSetup(TeamsSettings.from(env), WebhookSignature.from(env));
    return setup.azureBot.isPresent() || setup.webhook.isPresent() ? Optional.of(setup) : Optional.empty();
  }

  Optional<TeamsSettings> azureBot() {
    return azureBot;
  }

  Optional<WebhookSignature> webhook() {
    return webhook;
  }

  @Override
  public PlatformAdapter create(PlatformServices services) {
    return TeamsEndpoints.create(this, services);
  }

  @Override
  public String toString() {
    return "TeamsSetup[azureBot=" + azureBot + ", webhook=" + webhook.isPresent() + "]";
  }
}
