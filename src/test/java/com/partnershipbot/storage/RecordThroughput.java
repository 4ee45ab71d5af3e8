package com.partnershipbot.storage;

import com.partnershipbot.testing.TestConfig;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ConfigSnapshot;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Measures what recording costs: time per question on the answering thread, and how fast the writer
 * drains to the database. Not a test. Arguments: none for H2 in a temporary directory, or
 * JDBC_URL USER PASSWORD for PostgreSQL (use an empty schema, e.g. with ?currentSchema=bench).
 */
public final class RecordThroughput {
  private RecordThroughput() {}

  public static void main(String[] args) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(TestConfig.FAQ);
    ConfigSnapshot snapshot = ConfigSnapshot.of(knowledge, TestMatching.factory());
    DatabaseSettings settings = args.length == 3 ? DatabaseSettings.jdbc(args[0], args[1], args[2], true)
        : DatabaseSettings.embedded(Files.createTempDirectory("records"));
    try (Storage storage = Storage.open(settings, knowledge::settings, Clock.systemUTC())) {
      Reply reply = new AnswerService(() -> snapshot).ask(Question.local("is azure still exclusive"));
      record(storage, reply, 2_000, "warm-up ");
      drain(storage);
      int count = 9_000;
      long start = System.nanoTime();
      record(storage, reply, count, "question ");
      long offered = System.nanoTime();
      drain(storage);
      long drained = System.nanoTime();
      System.out.printf("%s: %.2f µs per record on the answering thread; %d records written in %.0f ms "
              + "(%.0f records/s); %d lost%n", settings.description(), (offered - start) / 1e3 / count, count,
          (drained - start) / 1e6, count / ((drained - start) / 1e9), storage.lostRecords());
    }
  }

  private static void record(Storage storage, Reply reply, int count, String prefix) {
    for (int i = 0; i < count; i++) {
      storage.asks().asked(new Question(prefix + i, Platform.SLACK, "C1", "U" + i), reply, 1_000);
    }
  }

  private static void drain(Storage storage) throws InterruptedException {
    while (storage.pendingRecords() > 0) {
      Thread.sleep(5);
    }
    Thread.sleep(300);
  }
}
