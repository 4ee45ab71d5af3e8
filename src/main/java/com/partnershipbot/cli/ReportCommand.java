package com.partnershipbot.cli;

import com.partnershipbot.admin.ExpertAnswers;
import com.partnershipbot.admin.ImprovementReport;
import com.partnershipbot.admin.Lookback;
import com.partnershipbot.admin.ReportBuilder;
import com.partnershipbot.admin.ReportText;
import com.partnershipbot.answering.ConfigSnapshot;
import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.InvalidConfigException;
import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.storage.Database;
import com.partnershipbot.storage.DatabaseSettings;
import com.partnershipbot.storage.DatabaseTickets;
import com.partnershipbot.storage.Insights;
import com.partnershipbot.storage.StorageUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints what admins should improve, from the recorded questions and votes and the current config. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Print the top unanswered questions (near-duplicates grouped, each with the entry it most likely "
        + "belongs to), the worst-rated answers, the answers past their review date and the confusable questions "
        + "(as validate warns about them), and the questions the experts answered, with YAML to paste.",
        "Reads PostgreSQL when DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD are set, else the embedded database."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOption config;

  @Option(names = "--since", paramLabel = "PERIOD", defaultValue = "7d",
      description = "How far back to look: 7d, 2w, 12h (default: ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "At most this many questions and answers per section (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin
  DataDirOption data;

  Env env = Env.system();

  @Override
  public Integer call() throws InvalidConfigException {
    Lookback lookback = lookback();
    if (limit < 1 || limit > 1000) {
      throw new UserFacingException("report: --limit must be from 1 to 1000", FriendlyErrors.FAILURE);
    }
    Path dataDir = data.dir();
    MatcherFactory matchers = MatcherFactory.withEncoder(Optional.of(dataDir));
    ConfigSnapshot snapshot = ConfigSnapshot.of(new ConfigLoader().load(config.existingDir()), matchers);
    DatabaseSettings settings = databaseSettings(dataDir);
    if (!settings.shared() && !Files.exists(dataDir.resolve("partnership-bot.mv.db"))) {
      throw new UserFacingException("report: no records in " + dataDir + " yet. The bot records questions while "
          + "`serve` runs; point --data-dir (or DATA_DIR) at its data directory, or set DATABASE_URL, "
          + "DATABASE_USER and DATABASE_PASSWORD to read PostgreSQL.", FriendlyErrors.FAILURE);
    }
    try (Database database = Database.open(settings)) {
      ImprovementReport report = new ReportBuilder(new Insights(database), Clock.systemUTC(), matchers)
          .build(snapshot, lookback, limit);
      spec.commandLine().getOut().print(ReportText.render(report));
      spec.commandLine().getOut().print("\n" + ExpertAnswers.render(new DatabaseTickets(database,
          () -> snapshot.knowledge().settings()), snapshot, report.since()));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (StorageUnavailableException e) {
      throw new UserFacingException("report: cannot read the records: " + e.getMessage(), FriendlyErrors.FAILURE);
    }
  }

  private Lookback lookback() {
    try {
      return Lookback.parse(since);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("report: --since " + e.getMessage(), FriendlyErrors.FAILURE);
    }
  }

  private DatabaseSettings databaseSettings(Path dataDir) {
    try {
      return DatabaseSettings.from(env, dataDir);
    } catch (SettingsException e) {
      throw new UserFacingException("report: " + e.getMessage(), FriendlyErrors.FAILURE);
    }
  }
}
