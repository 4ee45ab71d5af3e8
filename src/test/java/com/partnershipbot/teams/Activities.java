package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;

/** Activities shaped like the ones Teams sends a bot. */
final class Activities {
  static final String BOT_ID = "28:" + BotFrameworkTokens.APP_ID;
  static final String CHANNEL_CONVERSATION = "19:3f2a9c@thread.tacv2;messageid=1732600000000";
  static final String PERSONAL_CONVERSATION = "a:1Hj3xPq9-personal";

  private Activities() {}

  static ObjectNode personalMessage(String serviceUrl, String id, String text) {
    ObjectNode activity = base(serviceUrl, "message", id, PERSONAL_CONVERSATION, "personal");
    activity.put("text", text);
    return activity;
  }

  static ObjectNode channelMention(String serviceUrl, String id, String question) {
    ObjectNode activity = base(serviceUrl, "message", id, CHANNEL_CONVERSATION, "channel");
    activity.put("text", "<at>Partnership Bot</at> " + question);
    ObjectNode mention = activity.putArray("entities").addObject().put("type", "mention")
        .put("text", "<at>Partnership Bot</at>");
    mention.putObject("mentioned").put("id", BOT_ID).put("name", "Partnership Bot");
    return activity;
  }

  static ObjectNode submit(String serviceUrl, String id, ObjectNode value) {
    ObjectNode activity = base(serviceUrl, "message", id, PERSONAL_CONVERSATION, "personal");
    activity.put("replyToId", "card-" + id);
    activity.set("value", value);
    return activity;
  }

  static ObjectNode botAdded(String serviceUrl, String id, String conversationId) {
    ObjectNode activity = base(serviceUrl, "conversationUpdate", id, conversationId, "channel");
    activity.putArray("membersAdded").addObject().put("id", BOT_ID);
    return activity;
  }

  static ObjectNode base(String serviceUrl, String type, String id, String conversationId, String conversationType) {
    ObjectNode activity = Json.MAPPER.createObjectNode()
        .put("type", type)
        .put("id", id)
        .put("timestamp", "2026-11-26T10:00:00.000Z")
        .put("serviceUrl", serviceUrl)
        .put("channelId", "msteams");
    activity.putObject("from").put("id", "29:1user-megan").put("name", "Megan Bowen")
        .put("aadObjectId", "6f1e2d3c-0000-4000-8000-00000000abcd");
    activity.putObject("conversation").put("id", conversationId).put("conversationType", conversationType)
        .put("tenantId", "tenant-1").put("isGroup", !"personal".equals(conversationType));
    activity.putObject("recipient").put("id", BOT_ID).put("name", "Partnership Bot");
    activity.putObject("channelData").putObject("tenant").put("id", "tenant-1");
    return activity;
  }
}
