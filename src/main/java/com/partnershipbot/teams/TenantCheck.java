package com.partnershipbot.teams;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Single-tenant mode: activities from any tenant but TEAMS_TENANT_ID are refused with 403. It is on
 * when TEAMS_TENANT_ID is a tenant id; a tenant domain (contoso.onmicrosoft.com) cannot be compared
 * with the id Teams sends, and "common" or "organizations" mean a multi-tenant bot.
 */
final class TenantCheck {
  private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "botframework.com");

  private final Optional<String> tenant;

  private TenantCheck(Optional<String> tenant) {
    this.tenant = tenant;
  }

  static TenantCheck of(String configuredTenant) {
    String tenant = configuredTenant.strip().toLowerCase(Locale.ROOT);
    boolean comparable = !tenant.contains(".") && !MULTI_TENANT.contains(tenant);
    return new TenantCheck(comparable ? Optional.of(tenant) : Optional.empty());
  }

  boolean enforced() {
    return tenant.isPresent();
  }

  void check(Activity activity) throws AuthException {
    if (tenant.isEmpty()) {
      return;
    }
    String from = activity.tenantId();
    if (from == null) {
      throw AuthException.forbidden("the activity names no tenant, and this bot answers tenant " + tenant.get()
          + " only");
    }
    if (!tenant.get().equals(from.toLowerCase(Locale.ROOT))) {
      throw AuthException.forbidden("the activity comes from tenant " + from + ", and this bot answers tenant "
          + tenant.get() + " only");
    }
  }
}
