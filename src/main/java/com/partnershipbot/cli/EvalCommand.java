package com.partnershipbot.cli;

import com.partnershipbot.answering.Json;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.InvalidConfigException;
import com.partnershipbot.matching.Candidate;
import com.partnershipbot.matching.EvalResult;
import com.partnershipbot.matching.EvalSet;
import com.partnershipbot.matching.EvalSummary;
import com.partnershipbot.matching.Evaluation;
import com.partnershipbot.matching.FaqMatcher;
import com.partnershipbot.matching.MalformedEvalException;
import com.partnershipbot.matching.Match;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures matching quality on an evaluation set: prints every miss, then the summary. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run an evaluation set (question<TAB>expected per line) and print misses and a summary.")
final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOption config;

  @Option(names = "--json", description = "End with the summary as one JSON object on the last line.")
  boolean json;

  @Parameters(paramLabel = "FILE", description = "The evaluation set (TSV).")
  Path file;

  @Override
  public Integer call() throws InvalidConfigException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException("eval: no such file: " + file, FriendlyErrors.FAILURE);
    }
    FaqMatcher matcher = FaqMatcher.build(new ConfigLoader().load(config.dir));
    List<EvalResult> results;
    try {
      results = Evaluation.run(matcher, EvalSet.read(file));
    } catch (MalformedEvalException e) {
      throw new UserFacingException(e.getMessage(), FriendlyErrors.FAILURE);
    }
    PrintWriter out = spec.commandLine().getOut();
    results.stream().filter(r -> !r.isRight()).map(EvalCommand::miss).forEach(out::println);
    EvalSummary summary = EvalSummary.of(results);
    out.println(human(summary));
    if (json) {
      out.println(Json.write(summary));
    }
    return 0;
  }

  private static String miss(EvalResult result) {
    Match match = result.match();
    String expected = result.evalCase().inScope() ? String.join("|", result.evalCase().accepted()) : "none";
    String got = match.outcome() + (match.id() == null ? "" : " " + match.id());
    String candidates = match.candidates().stream().map(EvalCommand::candidate).collect(Collectors.joining(", "));
    return String.format("MISS line %d: \"%s\" expected %s, got %s [%s]", result.evalCase().line(),
        result.evalCase().question(), expected, got, candidates);
  }

  private static String candidate(Candidate candidate) {
    return candidate.id() + " " + candidate.score();
  }

  private static String human(EvalSummary s) {
    return String.format("%d questions (%d in scope, %d out of scope): in-scope top-1 %.1f%%, top-1 or clarify %.1f%%, "
            + "out-of-scope rejected %.1f%%, clarify %.1f%%, wrong answers %.1f%%",
        s.total(), s.inScope(), s.outOfScope(), 100 * s.inScopeTop1(), 100 * s.inScopeTop1OrClarify(),
        100 * s.outOfScopeRejected(), 100 * s.clarifyRate(), 100 * s.wrongAnswerRate());
  }
}
