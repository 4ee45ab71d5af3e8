package com.partnershipbot.teams;

import com.partnershipbot.env.Env;
import java.net.URI;
import java.util.Optional;

/** The Azure Bot registration the bot answers as, and where Microsoft's login and key services live. */
public record TeamsSettings(String appId, String appPassword, String tenantId, URI openIdMetadataUrl, URI tokenUrl) {
  static final String DEFAULT_OPENID_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration";
  static final String DEFAULT_TOKEN_URL = "https://login.microsoftonline.com/{TEAMS_TENANT_ID}/oauth2/v2.0/token";

  /** The settings when TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID are all set; empty when none are. */
  public static Optional<TeamsSettings> from(Env env) {
    if (!env.allOrNone("Teams", "TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID")) {
      return Optional.empty();
    }
    String tenant = env.get("TEAMS_TENANT_ID").orElseThrow();
    String tokenUrl = env.get("TEAMS_TOKEN_URL", DEFAULT_TOKEN_URL).replace("{TEAMS_TENANT_ID}", tenant);
    return Optional.of(new TeamsSettings(env.get("TEAMS_APP_ID").orElseThrow(), env.get("TEAMS_APP_PASSWORD").orElseThrow(),
        tenant, HttpUrls.parse(env, "TEAMS_OPENID_METADATA_URL", env.get("TEAMS_OPENID_METADATA_URL",
            DEFAULT_OPENID_METADATA_URL)), HttpUrls.parse(env, "TEAMS_TOKEN_URL", tokenUrl)));
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "TeamsSettings[appId=" + appId + ", tenantId=" + tenantId + ", openIdMetadataUrl=" + openIdMetadataUrl
        + ", tokenUrl=" + tokenUrl + "]";
  }
}
