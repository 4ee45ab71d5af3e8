package com.partnershipbot.cli;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.Folders;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.LoadReport;
import com.partnershipbot.matching.Confusable;
import com.partnershipbot.matching.MatcherFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks the config the way the bot would load it; exits 1 when it would be refused. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check the config: one FILE:LINE:COLUMN: message line per problem, then a summary.",
        "Also warns about confusable questions: one closer in meaning to another answer than to its own, "
            + "or asked by two answers.",
        "Exit 0 when the bot would load it (warnings allowed), 1 when it would refuse it, "
            + "3 with --fail-on-confusable when there are confusable questions."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOption config;

  @Option(names = {"-q", "--quiet"}, description = "Leave out warnings; print errors and the summary only.")
  boolean quiet;

  @Option(names = "--fail-on-confusable",
      description = "Exit 3 when there are confusable questions (or they cannot be checked here), so CI can enforce it.")
  boolean failOnConfusable;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Where sentence vectors are kept between runs, "
      + "shared with serve and eval (default: $" + Folders.DATA_DIR + "; without either they are computed afresh "
      + "and not kept).")
  Path dataDirFlag;

  Env env = Env.system();

  @Override
  public Integer call() {
    Path dir = config.existingDir();
    LoadReport report = new ConfigLoader().check(dir);
    PrintWriter out = spec.commandLine().getOut();
    if (!report.isValid()) {
      print(report.problems(), out);
      out.println(dir + ": " + count(report.errors().size(), "error") + ", "
          + count(report.warnings().size(), "warning") + ": the bot would refuse this config");
      return FriendlyErrors.CONFIG_ERROR;
    }
    Knowledge knowledge = report.knowledge().orElseThrow();
    Optional<List<Confusable>> confusables = MatcherFactory.withEncoder(dataDir())
        .confusables(knowledge);
    List<ConfigProblem> warnings = new ArrayList<>(report.warnings());
    confusables.ifPresent(found -> found.forEach(c -> warnings.add(c.warning(knowledge))));
    warnings.sort(ConfigProblem.IN_FILE_ORDER);
    print(warnings, out);
    out.println(dir + ": valid, " + count(knowledge.entries().size(), "answer") + ", "
        + count(warnings.size(), "warning") + confusableCount(confusables) + " (config version "
        + knowledge.version() + ")");
    return confusableOutcome(dir, confusables, out);
  }

  /** The flag, else DATA_DIR; validate keeps no vectors unless given one, as a check should leave no files. */
  private Optional<Path> dataDir() {
    return Optional.ofNullable(dataDirFlag).or(() -> env.get(Folders.DATA_DIR).map(Path::of));
  }

  private void print(List<ConfigProblem> problems, PrintWriter out) {
    problems.stream().filter(problem -> problem.isError() || !quiet).map(ConfigProblem::format).forEach(out::println);
  }

  private static String confusableCount(Optional<List<Confusable>> confusables) {
    int found = confusables.map(List::size).orElse(0);
    return found == 0 ? "" : ", " + found + " of them about confusable questions";
  }

  /** 0, unless confusable questions fail the run as asked; says so when they could not be looked for. */
  private int confusableOutcome(Path dir, Optional<List<Confusable>> confusables, PrintWriter out) {
    if (confusables.isEmpty()) {
      out.println(dir + ": confusable questions not checked: the sentence encoder could not load here (see the log)");
    }
    boolean fails = failOnConfusable && confusables.map(found -> !found.isEmpty()).orElse(true);
    if (fails) {
      out.println(dir + ": failing, as --fail-on-confusable asks");
    }
    return fails ? FriendlyErrors.CONFUSABLE : 0;
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
