package com.partnershipbot.slack;

import com.partnershipbot.answering.LogText;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /slack/events, in front of Bolt: reads the body (UTF-8 unless another known charset is
 * named, at most {@link #MAX_BODY_BYTES}), checks Slack's signature, and only then parses it (a
 * slash command with {@link SlashCommandForm}, anything else with Bolt's parser) and lets Bolt run it.
 *
 * <p>What Slack sees: an unsigned or stale request gets 401; a body over the cap 413; a charset
 * Java does not know 415. A <em>signed</em> body the bot cannot read (not a Slack payload, fields
 * of the wrong type, a click that names no action, a listener that failed on it) gets 400 with {@code X-Slack-No-Retry: 1}, so
 * Slack does not deliver the same useless payload again. A signed payload of a kind the bot has
 * no listener for (a shortcut, a modal closed) is acknowledged with an empty 200, as any
 * other status would make Slack retry it. Each refusal is one log line, caller text escaped, no
 * stack trace.
 */
final class SlackEventsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final int MAX_BODY_BYTES = 512 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(SlackEventsServlet.class);
  private static final Set<RequestType> HANDLED = Set.of(RequestType.Command, RequestType.Event,
      RequestType.UrlVerification, RequestType.SSLCheck, RequestType.BlockAction, RequestType.ViewSubmission);

  private final transient App app;
  private final transient SignatureCheck signature;
  private final transient SlackRequestParser parser;
  private final transient SlashCommandForm commands;

  SlackEventsServlet(App app) {
    this.app = app;
    this.signature = new SignatureCheck(app.config().getSigningSecret());
    this.parser = new SlackRequestParser(app.config());
    this.commands = new SlashCommandForm(app.config());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Charset charset = charset(request);
    if (charset == null) {
      refuse(response, 415, "unsupported charset", "unknown charset");
      return;
    }
    byte[] bytes = read(request);
    if (bytes == null) {
      refuse(response, 413, "request body too large", "a body over " + MAX_BODY_BYTES + " bytes");
      return;
    }
    String body = new String(bytes, charset);
    RequestHeaders headers = new RequestHeaders(ServletAdapterOps.toHeaderMap(request));
    if (!signature.isValid(headers.getFirstValue("X-Slack-Request-Timestamp"), body,
        headers.getFirstValue("X-Slack-Signature"), System.currentTimeMillis())) {
      refuse(response, 401, "invalid request", "missing, wrong or stale signature");
      return;
    }
    run(request, response, headers, body);
  }

  private void run(HttpServletRequest request, HttpServletResponse response, RequestHeaders headers, String body)
      throws IOException {
    Request<?> slackRequest;
    try {
      SlackRequestParser.HttpRequest http = SlackRequestParser.HttpRequest.builder()
          .requestUri(request.getRequestURI()).queryString(QueryStringParser.toMap(request.getQueryString()))
          .headers(headers).requestBody(body).remoteAddress(request.getRemoteAddr()).build();
      slackRequest = commands.parse(http).<Request<?>>map(command -> command).orElseGet(() -> parser.parse(http));
    } catch (RuntimeException e) {
      unreadable(response, "has fields of types Slack does not send (" + e.getClass().getSimpleName() + ")");
      return;
    }
    if (slackRequest == null) {
      unreadable(response, "is not a Slack payload");
      return;
    }
    if (!HANDLED.contains(slackRequest.getRequestType())) {
      LOG.info("Acknowledged and ignored a signed {} payload: the bot has no listener for it",
          slackRequest.getRequestType());
      response.setStatus(200);
      return;
    }
    if (slackRequest instanceof BlockActionRequest click && !namesEveryAction(click)) {
      unreadable(response, "is a button click without an action_id");
      return;
    }
    Response slackResponse;
    try {
      slackResponse = app.run(slackRequest);
    } catch (Exception e) {
      unreadable(response, "could not be handled (" + e.getClass().getSimpleName() + ": "
          + LogText.of(e.getMessage()) + ")");
      return;
    }
    if (slackResponse.getStatusCode() >= 500) {
      unreadable(response, "made Bolt answer " + slackResponse.getStatusCode());
      return;
    }
    write(response, slackResponse);
  }

  /**
   * Bolt's response as Bolt's servlet adapter writes it (status, headers, content type), except that
   * the body is encoded in one step and sent with its length, instead of character by character
   * through the response's writer: an answer's blocks are a few kilobytes on every command.
   */
  private static void write(HttpServletResponse response, Response slackResponse) throws IOException {
    response.setStatus(slackResponse.getStatusCode());
    slackResponse.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    response.setHeader("Content-Type", slackResponse.getContentType());
    String body = slackResponse.getBody();
    if (body != null) {
      byte[] bytes = body.getBytes(Charset.forName(response.getCharacterEncoding()));
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }

  /** Slack names every action of a click; Bolt would log a page of advice for one without a name. */
  private static boolean namesEveryAction(BlockActionRequest click) {
    var actions = click.getPayload().getActions();
    return actions != null && !actions.isEmpty() && actions.stream().allMatch(action -> action.getActionId() != null);
  }

  /** The declared charset, UTF-8 when none is named (Slack does not always name one), null when Java has no such charset. */
  private static Charset charset(HttpServletRequest request) {
    String name = request.getCharacterEncoding();
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The raw body, or null when it is larger than {@link #MAX_BODY_BYTES}; never reads more than one
   * byte past it. A declared length (Slack always sends one) is read into an array of exactly that
   * size, without the chunks a read of unknown length allocates.
   */
  private static byte[] read(HttpServletRequest request) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > MAX_BODY_BYTES) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      if (declared >= 0) {
        byte[] body = new byte[(int) declared];
        int read = in.readNBytes(body, 0, body.length);
        return read == body.length ? body : Arrays.copyOf(body, read);
      }
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      return body.length > MAX_BODY_BYTES ? null : body;
    }
  }

  private static void refuse(HttpServletResponse response, int status, String error, String why) throws IOException {
    LOG.info("Refused a request to {} ({}): {}", SlackBot.EVENTS_PATH, status, why);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"error\":\"" + error + "\"}");
  }

  /** A signed body the bot cannot use: 400, and a header asking Slack not to deliver it again. */
  private static void unreadable(HttpServletResponse response, String why) throws IOException {
    response.setHeader("X-Slack-No-Retry", "1");
    refuse(response, 400, "not a usable Slack payload", "a signed body that " + why);
  }
}
