package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.testing.ClassHarness;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A single-tenant bot (TEAMS_TENANT_ID is a tenant id) answers its own tenant only. */
class TeamsTenantTest {
  @RegisterExtension
  static final ClassHarness<TeamsBot> teams = ClassHarness.of(TeamsBot::start);

  @Test
  void anActivityFromAnotherTenantIsRefusedWith403AndNothingIsPosted() throws Exception {
    String foreign = UUID.randomUUID().toString();
    ObjectNode activity = Activities.personalMessage(microsoft().serviceUrl(), foreign, "is azure still exclusive?");
    ((ObjectNode) activity.path("channelData").path("tenant")).put("id", "tenant-of-another-company");
    ((ObjectNode) activity.path("conversation")).put("tenantId", "tenant-of-another-company");

    HttpResponse<String> refused = microsoft().deliver(port(), activity);
    String own = UUID.randomUUID().toString();
    microsoft().deliver(port(), Activities.personalMessage(microsoft().serviceUrl(), own, "is azure still exclusive?"));
    microsoft().awaitReplyTo(own);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("tenant-of-another-company", "tenant tenant-1 only");
    assertThat(microsoft().repliesTo(foreign)).isEmpty();
  }

  @Test
  void anActivityThatNamesNoTenantIsRefused() throws Exception {
    String id = UUID.randomUUID().toString();
    ObjectNode activity = Activities.personalMessage(microsoft().serviceUrl(), id, "is azure still exclusive?");
    activity.remove("channelData");
    ((ObjectNode) activity.path("conversation")).remove("tenantId");

    assertThat(microsoft().deliver(port(), activity).statusCode()).isEqualTo(403);
  }

  @Test
  void theTenantIsComparedWithoutRegardToCase() throws Exception {
    String id = UUID.randomUUID().toString();
    ObjectNode activity = Activities.personalMessage(microsoft().serviceUrl(), id, "is azure still exclusive?");
    ((ObjectNode) activity.path("channelData").path("tenant")).put("id", "TENANT-1");

    assertThat(microsoft().deliver(port(), activity).statusCode()).isEqualTo(200);
    microsoft().awaitReplyTo(id);
  }

  private static FakeMicrosoft microsoft() {
    return teams.get().microsoft();
  }

  private static int port() {
    return teams.get().app().port();
  }
}
