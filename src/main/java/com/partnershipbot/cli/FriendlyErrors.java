package com.partnershipbot.cli;

import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.InvalidConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints what went wrong in a sentence instead of a stack trace. */
final class FriendlyErrors implements IExecutionExceptionHandler {
  static final int CONFIG_ERROR = 1;
  static final int FAILURE = 2;
  /** {@code validate --fail-on-confusable} found confusable questions, or could not look for them. */
  static final int CONFUSABLE = 3;

  @Override
  public int handleExecutionException(Exception failure, CommandLine line, ParseResult parsed) {
    if (failure instanceof InvalidConfigException invalid) {
      line.getErr().println("partnership-bot: the config has errors; the bot would refuse it:");
      invalid.problems().stream().filter(ConfigProblem::isError).map(ConfigProblem::format)
          .forEach(line.getErr()::println);
      return CONFIG_ERROR;
    }
    if (failure instanceof UserFacingException userFacing) {
      line.getErr().println(userFacing.getMessage());
      return userFacing.exitCode();
    }
    String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse("");
    line.getErr().println("partnership-bot: unexpected error" + detail);
    return FAILURE;
  }
}
