package com.partnershipbot.platform;

/** A platform's checked settings, which make the platform once the bot's shared services exist. */
public interface PlatformSettings {
  PlatformAdapter create(PlatformServices services);
}
