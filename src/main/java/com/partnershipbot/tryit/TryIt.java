package com.partnershipbot.tryit;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.knowledge.Knowledge;
import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The try-it page and {@code /api/ask}: ask in a browser, see the reply as Slack shows it and why
 * it matched. Served at {@code /} and {@code /try} in local mode, and at {@code /try} elsewhere
 * only behind {@code TRY_PAGE_TOKEN}.
 */
public final class TryIt {
  private final AnswerService answers;
  private final LiveConfig config;
  private final boolean localMode;
  private final TryAccess access;
  private final LastRefusal refusal = new LastRefusal();
  private final Supplier<List<Unanswered>> unanswered;

  /** {@code unanswered}: the questions most often left unanswered lately, shown in local mode only. */
  public TryIt(TryPageSettings settings, boolean localMode, AnswerService answers, LiveConfig config,
      Supplier<List<Unanswered>> unanswered) {
    this.answers = answers;
    this.config = config;
    this.localMode = localMode;
    this.access = new TryAccess(settings);
    this.unanswered = unanswered;
    config.onReload(refusal);
  }

  /** Path to servlet; empty when the page is off (Slack or Teams enabled and no token set). */
  public Map<String, HttpServlet> routes() {
    Map<String, HttpServlet> routes = new LinkedHashMap<>();
    if (!localMode && access.open()) {
      return routes;
    }
    PageServlet page = new PageServlet(this, access);
    if (localMode) {
      routes.put("", page);
    }
    routes.put("/try", page);
    routes.put("/try/login", new LoginServlet(access));
    routes.put(PageHtml.STATIC + "*", new StaticServlet(access));
    routes.put("/api/ask", new AskApiServlet(this, access));
    return routes;
  }

  /** A short description for the start-up log; never the token. */
  public String description() {
    if (localMode) {
      return "Try-it page: open at / and /try" + (access.open() ? "" : " (behind TRY_PAGE_TOKEN)");
    }
    return access.open() ? "Try-it page: off (set TRY_PAGE_TOKEN to serve it at /try)"
        : "Try-it page: at /try behind TRY_PAGE_TOKEN";
  }

  AskResult ask(String question) {
    return AskResult.of(question, answers.explained(new Question(question, Platform.HTTP, null, null)));
  }

  PageStatus status() {
    Knowledge knowledge = config.get().knowledge();
    return new PageStatus(knowledge.version(), knowledge.loadedAt(), knowledge.entries().size(),
        config.get().matcher().isSemantic(),
        localMode ? Optional.of(config.dir().toAbsolutePath().normalize().toString()) : Optional.empty(),
        refusal.get(), config.lastReload().refused() ? List.of() : config.lastReload().warnings(),
        localMode ? Optional.of(unanswered.get()) : Optional.empty());
  }
}
