package com.partnershipbot.slack;

import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Topic;
import com.partnershipbot.knowledge.FaqEntry;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.JsonOps;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-channel acknowledgement for an answer, as JSON, kept once made: it depends only on the
 * entry and its related topics, so the common case skips rendering and serialising. Keys compare
 * by content, so an edited entry gets a new body; the store is bounded and simply starts over
 * when full.
 */
final class AnswerAcks {
  private final int capacity;
  private final Map<Key, String> bodies = new ConcurrentHashMap<>();

  /** What an answer's blocks are made from. */
  private record Key(FaqEntry entry, List<Topic> related) {}

  AnswerAcks(int capacity) {
    this.capacity = capacity;
  }

  Response ack(Reply.Answered answered) {
    Key key = new Key(answered.entry(), answered.related());
    String body = bodies.get(key);
    if (body == null) {
      if (bodies.size() >= capacity) {
        bodies.clear();
      }
      body = json(ReplyBlocks.answered(answered));
      bodies.put(key, body);
    }
    return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8).body(body).build();
  }

  private static String json(SlackMessage message) {
    return JsonOps.toJsonString(SlashCommandResponse.builder().responseType("in_channel")
        .text(message.text()).blocks(message.blocks()).build());
  }
}
