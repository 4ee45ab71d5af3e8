package com.partnershipbot.cli;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.LoadReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks the config the way the bot would load it; exits 1 when it would be refused. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check the config: one FILE:LINE:COLUMN: message line per problem, then a summary.",
        "Exit 0 when the bot would load it (warnings allowed), 1 when it would refuse it."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOption config;

  @Option(names = {"-q", "--quiet"}, description = "Leave out warnings; print errors and the summary only.")
  boolean quiet;

  @Override
  public Integer call() {
    Path dir = config.existingDir();
    LoadReport report = new ConfigLoader().check(dir);
    PrintWriter out = spec.commandLine().getOut();
    report.problems().stream().filter(problem -> problem.isError() || !quiet).map(ConfigProblem::format)
        .forEach(out::println);
    String warnings = count(report.warnings().size(), "warning");
    if (!report.isValid()) {
      out.println(dir + ": " + count(report.errors().size(), "error") + ", " + warnings
          + ": the bot would refuse this config");
      return FriendlyErrors.CONFIG_ERROR;
    }
    Knowledge knowledge = report.knowledge().orElseThrow();
    out.println(dir + ": valid, " + count(knowledge.entries().size(), "answer") + ", " + warnings
        + " (config version " + knowledge.version() + ")");
    return 0;
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
