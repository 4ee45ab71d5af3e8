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
 * Slash-command acknowledgements that do not depend on the words typed, kept as JSON once made:
 * an answer (its blocks come from the entry and its related topics) and the topic list. An entry
 * is looked up by identity, so a reloaded config never gets an old body; both stores are bounded
 * and simply start over when full.
 */
final class AnswerAcks {
  private final int capacity;
  private final Map<EntryKey, Body> answers = new ConcurrentHashMap<>();
  private final Map<List<Topic>, String> help = new ConcurrentHashMap<>();

  /** An answer's JSON and the related topics it was rendered with. */
  private record Body(List<Topic> related, String json) {}

  AnswerAcks(int capacity) {
    this.capacity = capacity;
  }

  /** The public, in-channel answer. */
  Response answer(Reply.Answered answered) {
    EntryKey key = new EntryKey(answered.entry());
    Body body = answers.get(key);
    if (body == null || !body.related().equals(answered.related())) {
      body = new Body(answered.related(), json("in_channel", ReplyBlocks.answered(answered)));
      bounded(answers).put(key, body);
    }
    return json(body.json());
  }

  /** The topic list, shown only to the asker. */
  Response help(Reply.Help reply) {
    String body = help.get(reply.topics());
    if (body == null) {
      body = json("ephemeral", ReplyBlocks.help(reply.topics()));
      bounded(help).put(reply.topics(), body);
    }
    return json(body);
  }

  private <K, V> Map<K, V> bounded(Map<K, V> store) {
    if (store.size() >= capacity) {
      store.clear();
    }
    return store;
  }

  private static Response json(String body) {
    return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8).body(body).build();
  }

  private static String json(String audience, SlackMessage message) {
    return JsonOps.toJsonString(SlashCommandResponse.builder().responseType(audience)
        .text(message.text()).blocks(message.blocks()).build());
  }

  /** An entry compared by identity: cheap to hash, and never equal to the same id from another config. */
  private static final class EntryKey {
    private final FaqEntry entry;

    EntryKey(FaqEntry entry) {
      this.entry = entry;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof EntryKey key && key.entry == entry;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(entry);
    }
  }
}
