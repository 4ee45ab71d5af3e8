package com.partnershipbot.cli;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.LoadReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks the config the way the bot would load it; exits 1 when it would be refused. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check bot-config/: prints FILE:LINE:COLUMN: message per problem; exit 0 if valid, 1 if not.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOption config;

  @Override
  public Integer call() {
    LoadReport report = new ConfigLoader().check(config.dir);
    PrintWriter out = spec.commandLine().getOut();
    report.problems().stream().map(ConfigProblem::format).forEach(out::println);
    if (!report.isValid()) {
      out.printf("%s: %d error(s), %d warning(s): the bot would refuse this config.%n",
          config.dir, report.errors().size(), report.warnings().size());
      return 1;
    }
    out.printf("%s: valid, %d answers, version %s (%d warning(s)).%n", config.dir,
        report.knowledge().orElseThrow().entries().size(), report.knowledge().orElseThrow().version(),
        report.warnings().size());
    return 0;
  }
}
