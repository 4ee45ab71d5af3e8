package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints, for every question of the given sets, the evidence behind its best candidates as one JSON
 * line (scores, lexical and meaning parts with both encoders and with the first alone, the nearest
 * off-topic example), for studying a tuning set outside Java. Usage: {@code FeatureDump CONFIG_DIR SET.tsv...}.
 */
final class FeatureDump {
  private FeatureDump() {}

  public static void main(String[] args) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(Path.of(args[0]));
    FaqMatcher both = TestMatching.factory().build(knowledge);
    FaqMatcher first = TestMatching.firstEncoderOnly().build(knowledge);
    for (int i = 1; i < args.length; i++) {
      String set = Path.of(args[i]).getFileName().toString().replace(".tsv", "");
      for (EvalCase c : EvalSet.read(Path.of(args[i]))) {
        System.out.println(line(set, c, both, first));
      }
    }
  }

  private static String line(String set, EvalCase c, FaqMatcher both, FaqMatcher first) {
    String text = QuestionText.clean(c.question());
    Match match = both.match(c.question());
    List<Candidate> ranked = both.rank(c.question());
    Evidence e = both.evidence(text);
    Evidence e1 = first.evidence(text);
    List<String> ids = both.entries().stream().map(en -> en.id()).toList();
    String cands = ranked.stream().limit(6).map(cand -> {
      int idx = ids.indexOf(cand.id());
      return String.format(Locale.ROOT, "{\"id\":\"%s\",\"score\":%.4f,\"lex\":%.4f,\"sim\":%.4f,\"sim1\":%.4f}",
          cand.id(), cand.score(), e.lexical(idx), e.similarity(idx), e1.similarity(idx));
    }).collect(Collectors.joining(","));
    return String.format(Locale.ROOT,
        "{\"set\":\"%s\",\"line\":%d,\"expected\":[%s],\"words\":%d,\"outcome\":\"%s\",\"off\":%.4f,\"off1\":%.4f,"
            + "\"kind\":\"%s\",\"direct\":%b,\"cands\":[%s]}",
        set, c.line(), c.accepted().stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",")),
        text.split("\\s+").length, match.outcome(), e.offTopicSimilarity(), e1.offTopicSimilarity(),
        e.offTopicKind().orElse(""), ranked.size() == 1 && ranked.get(0).score() == 1.0, cands);
  }
}
