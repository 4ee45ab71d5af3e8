package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.Json;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.LogText;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/teams-webhook, for a Teams outgoing webhook (no Azure Bot needed): checks the HMAC
 * signature and answers in the response, as Markdown text, well within the 5 seconds Teams waits.
 */
final class WebhookServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(WebhookServlet.class);

  private final transient WebhookSignature signature;
  private final transient AnswerService answers;

  WebhookServlet(WebhookSignature signature, AnswerService answers) {
    this.signature = signature;
    this.answers = answers;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] body = HttpBodies.read(request);
    if (body == null) {
      HttpBodies.error(response, 413, "the message is larger than " + HttpBodies.MAX_BODY_BYTES + " bytes");
      return;
    }
    if (!signature.matches(request.getHeader("Authorization"), body)) {
      LOG.info("Refused a request to /api/teams-webhook: the HMAC signature does not match");
      HttpBodies.error(response, 401, "unauthorized: the HMAC signature does not match TEAMS_WEBHOOK_SECRET");
      return;
    }
    try {
      Activity activity = Activity.parse(body);
      Question question = new Question(Mentions.withoutLeadingMention(activity.text()), Platform.TEAMS,
          activity.conversationId(), activity.userId());
      String text = TeamsText.render(answers.ask(question));
      HttpBodies.json(response, 200, Json.write(JsonNodeFactory.instance.objectNode()
          .put("type", "message").put("text", text)));
    } catch (MalformedActivityException e) {
      LOG.info("Refused a request to /api/teams-webhook (400): {}", LogText.of(e.getMessage()));
      HttpBodies.error(response, 400, e.getMessage());
    }
  }
}
