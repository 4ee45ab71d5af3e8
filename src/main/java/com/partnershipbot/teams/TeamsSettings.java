package com.partnershipbot.teams;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/** The Azure Bot registration the bot answers as, and where Microsoft's login and key services live. */
public record TeamsSettings(String appId, String appPassword, String tenantId, URI openIdMetadataUrl, URI tokenUrl) {
  static final String DEFAULT_OPENID_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration";
  private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
  private static final Pattern TENANT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,253}");
  static final String DEFAULT_TOKEN_URL = "https://login.microsoftonline.com/{TEAMS_TENANT_ID}/oauth2/v2.0/token";

  /** The settings when TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID are all set; empty when none are. */
  public static Optional<TeamsSettings> from(Env env) {
    if (!env.allOrNone("Teams", "TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID")) {
      return Optional.empty();
    }
    String appId = checked(env, "TEAMS_APP_ID", GUID, "the Azure Bot's Microsoft App ID, a GUID");
    String tenant = checked(env, "TEAMS_TENANT_ID", TENANT, "the Azure Bot's App Tenant ID (a GUID) or tenant domain");
    URI metadata = HttpUrls.parse("TEAMS_OPENID_METADATA_URL",
        env.get("TEAMS_OPENID_METADATA_URL", DEFAULT_OPENID_METADATA_URL));
    URI token = HttpUrls.parse("TEAMS_TOKEN_URL",
        env.get("TEAMS_TOKEN_URL", DEFAULT_TOKEN_URL).replace("{TEAMS_TENANT_ID}", tenant));
    return Optional.of(new TeamsSettings(appId, env.get("TEAMS_APP_PASSWORD").orElseThrow(), tenant, metadata, token));
  }

  private static String checked(Env env, String name, Pattern pattern, String what) {
    String value = env.get(name).orElseThrow();
    if (!pattern.matcher(value).matches()) {
      throw new SettingsException(name + " must be " + what + ", not '" + value + "'");
    }
    return value;
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "TeamsSettings[appId=" + appId + ", tenantId=" + tenantId + ", openIdMetadataUrl=" + openIdMetadataUrl
        + ", tokenUrl=" + tokenUrl + "]";
  }
}
