package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.ConversationMemory;
import com.partnershipbot.answering.Json;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.knowledge.BotSettings;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's admins as Teams sees them: users listed as {@code teams: <AAD object id>} under admins in
 * bot.yml. In a personal chat they run {@code admin status|reload|unanswered|feedback|stale}, and the
 * first time one talks to the bot the chat's conversation reference is stored, so notices can reach
 * them later unprompted (Teams lets a bot message only people it already has a conversation with).
 */
final class TeamsAdmins {
  private static final Pattern COMMAND = Pattern.compile("(?is)admin(?:\\s+(.*))?");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Supplier<BotSettings> settings;
  private final AdminConsole console;
  private final ConversationMemory memory;
  private final Set<String> stored = ConcurrentHashMap.newKeySet();

  TeamsAdmins(Supplier<BotSettings> settings, AdminConsole console, ConversationMemory memory) {
    this.settings = settings;
    this.console = console;
    this.memory = memory;
  }

  boolean isAdmin(Activity activity) {
    return settings.get().isAdmin(Platform.TEAMS.label(), aadObjectId(activity));
  }

  /** The reply to {@code admin ...} typed by an admin in a personal chat; empty for anything else. */
  Optional<String> command(Activity activity, String text) {
    Matcher matcher = COMMAND.matcher(text.strip());
    if (activity.isShared() || !matcher.matches() || !isAdmin(activity)) {
      return Optional.empty();
    }
    String arguments = matcher.group(1) == null ? "" : matcher.group(1);
    return Optional.of(AdminMarkdown.render(console.run(Platform.TEAMS, aadObjectId(activity), arguments)));
  }

  /** Stores where an admin's personal chat is, once per chat and process (the database keeps it for all). */
  void rememberIfAdmin(Activity activity) {
    if (activity.isShared() || !isAdmin(activity) || activity.serviceUrl() == null) {
      return;
    }
    String user = aadObjectId(activity);
    if (stored.add(user + "|" + activity.conversationId() + "|" + activity.serviceUrl())) {
      memory.rememberAdmin(Platform.TEAMS, user, reference(activity));
    }
  }

  /** The conversation reference of an admin's personal chat: where to post, as whom, to whom. */
  static String reference(Activity activity) {
    ObjectNode reference = NODES.objectNode()
        .put("serviceUrl", activity.serviceUrl())
        .put("conversationId", activity.conversationId())
        .put("tenantId", activity.tenantId());
    reference.set("bot", activity.recipient().deepCopy());
    reference.set("user", activity.from().deepCopy());
    return Json.write(reference);
  }

  /** A message to post to a stored reference, and the Bot Connector it goes through. */
  record Notice(VerifiedCaller to, Outgoing message) {}

  /**
   * A notice for a stored reference, or empty if it cannot be read. References are stored only from
   * activities whose token vouched for their service URL, so that URL is trusted again here.
   */
  static Optional<Notice> notice(String reference, String markdown) {
    try {
      JsonNode stored = Json.MAPPER.readTree(reference);
      String serviceUrl = stored.path("serviceUrl").asText("");
      String conversationId = stored.path("conversationId").asText("");
      if (!serviceUrl.startsWith("http") || conversationId.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode activity = NODES.objectNode().put("type", "message").put("textFormat", "markdown")
          .put("text", markdown);
      activity.set("from", stored.path("bot"));
      activity.set("recipient", stored.path("user"));
      activity.putObject("conversation").put("id", conversationId).put("conversationType", "personal")
          .put("tenantId", stored.path("tenantId").asText(null));
      return Optional.of(new Notice(new VerifiedCaller(URI.create(serviceUrl)),
          new Outgoing(conversationId, null, activity)));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String aadObjectId(Activity activity) {
    String aad = activity.from().path("aadObjectId").asText("");
    return aad.isEmpty() ? null : aad.toLowerCase(Locale.ROOT);
  }
}
