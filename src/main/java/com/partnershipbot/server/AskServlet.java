package com.partnershipbot.server;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Verdict;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** GET /api/ask?q=...: the verdict and the chosen answer as JSON, the same object as {@code ask --json}. */
final class AskServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient AnswerService answers;

  AskServlet(AnswerService answers) {
    this.answers = answers;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String question = request.getParameter("q");
    if (question == null || question.isBlank()) {
      Responses.json(response, 400, Map.of("error", "add the question as ?q=..."));
      return;
    }
    Reply reply = answers.ask(new Question(question, Platform.HTTP, null, null));
    Responses.json(response, 200, Verdict.of(reply));
  }
}
