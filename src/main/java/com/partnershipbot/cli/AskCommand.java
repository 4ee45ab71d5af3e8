package com.partnershipbot.cli;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ConfigSnapshot;
import com.partnershipbot.answering.Json;
import com.partnershipbot.answering.PlainText;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Verdict;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.InvalidConfigException;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.MatcherFactory;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Asks the bot one question and prints the reply. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Ask a question and print the answer.")
final class AskCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOption config;

  @Mixin
  DataDirOption data;

  @Option(names = "--json", description = "Print the verdict as one JSON object.")
  boolean json;

  @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question, quoted or as several words.")
  List<String> words;

  @Override
  public Integer call() throws InvalidConfigException {
    Knowledge knowledge = new ConfigLoader().load(config.existingDir());
    ConfigSnapshot snapshot = ConfigSnapshot.of(knowledge, MatcherFactory.withEncoderOnDemand(data.dir()));
    Reply reply = new AnswerService(() -> snapshot).ask(Question.local(String.join(" ", words)));
    spec.commandLine().getOut().println(json ? Json.write(Verdict.of(reply)) : PlainText.render(reply));
    return 0;
  }
}
