package com.partnershipbot.cli;

import com.partnershipbot.answering.Json;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.DidYouMean;
import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.InvalidConfigException;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.Candidate;
import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalResult;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.evaluation.EvalSummary;
import com.partnershipbot.evaluation.Evaluation;
import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.evaluation.MalformedEvalException;
import com.partnershipbot.matching.Match;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  @Mixin
  DataDirOption data;

  @Option(names = "--json", description = "End with the summary as one JSON object on the last line.")
  boolean json;

  @Parameters(paramLabel = "FILE", description = "The evaluation set (TSV).")
  Path file;

  @Override
  public Integer call() throws InvalidConfigException {
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException("eval: no such file: " + file, FriendlyErrors.FAILURE);
    }
    Knowledge knowledge = new ConfigLoader().load(config.existingDir());
    List<EvalCase> cases = read(knowledge);
    List<EvalResult> results = Evaluation.run(MatcherFactory.withEncoder(Optional.of(data.dir())).build(knowledge), cases);
    PrintWriter out = spec.commandLine().getOut();
    results.stream().filter(r -> !r.isRight()).map(EvalCommand::miss).forEach(out::println);
    EvalSummary summary = EvalSummary.of(results);
    out.println(human(summary));
    if (json) {
      out.println(Json.write(summary));
    }
    return 0;
  }

  /** The evaluation cases, refused with every bad line named when the file cannot be used as it is. */
  private List<EvalCase> read(Knowledge knowledge) {
    List<EvalCase> cases;
    try {
      cases = EvalSet.read(file);
    } catch (MalformedEvalException e) {
      throw new UserFacingException(e.getMessage(), FriendlyErrors.FAILURE);
    } catch (CharacterCodingException e) {
      throw new UserFacingException("eval: " + file + " is not UTF-8 text; save it with UTF-8 encoding",
          FriendlyErrors.FAILURE);
    } catch (IOException e) {
      throw new UserFacingException("eval: cannot read " + file + ": " + e.getMessage(), FriendlyErrors.FAILURE);
    }
    if (cases.isEmpty()) {
      throw new UserFacingException("eval: " + file + " has no questions (one question<TAB>expected per line)",
          FriendlyErrors.FAILURE);
    }
    List<String> unknown = unknownIds(cases, knowledge);
    if (!unknown.isEmpty()) {
      throw new UserFacingException(String.join("\n", unknown), FriendlyErrors.FAILURE);
    }
    return cases;
  }

  /** Expected ids that name no answer: a typo there would silently count as a miss. */
  private List<String> unknownIds(List<EvalCase> cases, Knowledge knowledge) {
    Set<String> ids = knowledge.entries().stream().map(FaqEntry::id).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (EvalCase evalCase : cases) {
      evalCase.accepted().stream().filter(id -> !ids.contains(id)).sorted().forEach(id -> problems.add(
          file + ":" + evalCase.line() + ": expected id '" + id + "' is not an answer id"
              + DidYouMean.closest(id, ids).map(guess -> " (did you mean '" + guess + "'?)").orElse("")));
    }
    return problems;
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
            + "out-of-scope rejected %.1f%%, clarify %.1f%%, suggest %.1f%%, wrong answers %.1f%%",
        s.total(), s.inScope(), s.outOfScope(), 100 * s.inScopeTop1(), 100 * s.inScopeTop1OrClarify(),
        100 * s.outOfScopeRejected(), 100 * s.clarifyRate(), 100 * s.suggestRate(), 100 * s.wrongAnswerRate());
  }
}
