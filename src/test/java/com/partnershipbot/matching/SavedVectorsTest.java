package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.Knowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentence vectors saved under the data directory survive a restart, and a bad file is only ever a slower start. */
class SavedVectorsTest {
  private static final List<String> SENTENCES = List.of("Where can I leave my bike?", "When is the canteen open?",
      "How do I book a parking space?");

  @TempDir
  Path dir;

  @Test
  void aRestartReusesTheSavedVectorsAndEncodesNothing() {
    Path file = dir.resolve(VectorFile.NAME);
    List<float[]> first = freshProcess(new Counting()).savedIn(file).vectors(SENTENCES);
    Counting afterRestart = new Counting();

    List<float[]> second = freshProcess(afterRestart).savedIn(file).vectors(SENTENCES);

    assertThat(file).isRegularFile();
    assertThat(afterRestart.calls.get()).isZero();
    assertThat(second).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(first);
  }

  @Test
  void savedVectorsAreTheEncodersOwnBitForBit() {
    Path file = dir.resolve(VectorFile.NAME);
    freshProcess(new Counting()).savedIn(file).vectors(SENTENCES);

    List<float[]> loaded = freshProcess(new Counting()).savedIn(file).vectors(SENTENCES);

    for (int i = 0; i < SENTENCES.size(); i++) {
      assertThat(loaded.get(i)).containsExactly(TestMatching.encoder().embed(SENTENCES.get(i)));
    }
  }

  @Test
  void onlyNewSentencesAreEncodedAfterAnEdit() {
    Path file = dir.resolve(VectorFile.NAME);
    freshProcess(new Counting()).savedIn(file).vectors(SENTENCES);
    Counting afterRestart = new Counting();
    List<String> edited = new ArrayList<>(SENTENCES);
    edited.add("Is there a shower for cyclists?");

    freshProcess(afterRestart).savedIn(file).vectors(edited);

    assertThat(afterRestart.calls.get()).isEqualTo(1);
  }

  @Test
  void aDamagedFileIsIgnoredAndWrittenAnew() throws IOException {
    Path file = dir.resolve(VectorFile.NAME);
    freshProcess(new Counting()).savedIn(file).vectors(SENTENCES);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(file, bytes);
    Counting afterDamage = new Counting();

    List<float[]> vectors = freshProcess(afterDamage).savedIn(file).vectors(SENTENCES);
    Counting afterRepair = new Counting();
    freshProcess(afterRepair).savedIn(file).vectors(SENTENCES);

    assertThat(afterDamage.calls.get()).isEqualTo(SENTENCES.size());
    assertThat(vectors.get(0)).containsExactly(TestMatching.encoder().embed(SENTENCES.get(0)));
    assertThat(afterRepair.calls.get()).isZero();
  }

  @Test
  void aTruncatedOrForeignFileIsIgnored() throws IOException {
    Path file = dir.resolve(VectorFile.NAME);
    freshProcess(new Counting()).savedIn(file).vectors(SENTENCES);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
    Counting afterTruncation = new Counting();
    freshProcess(afterTruncation).savedIn(file).vectors(SENTENCES);
    Files.writeString(file, "not vectors at all");
    Counting afterOverwrite = new Counting();
    freshProcess(afterOverwrite).savedIn(file).vectors(SENTENCES);

    assertThat(afterTruncation.calls.get()).isEqualTo(SENTENCES.size());
    assertThat(afterOverwrite.calls.get()).isEqualTo(SENTENCES.size());
  }

  @Test
  void vectorsSavedForAnotherModelAreNotReused() {
    Path file = dir.resolve(VectorFile.NAME);
    freshProcess(new Counting("an older encoder")).savedIn(file).vectors(SENTENCES);
    Counting current = new Counting();

    freshProcess(current).savedIn(file).vectors(SENTENCES);
    Counting afterwards = new Counting();
    freshProcess(afterwards).savedIn(file).vectors(SENTENCES);

    assertThat(current.calls.get()).isEqualTo(SENTENCES.size());
    assertThat(afterwards.calls.get()).isZero();
  }

  @Test
  void theFileKeepsOnlyTheSentencesOfTheLatestBuild() {
    Path file = dir.resolve(VectorFile.NAME);
    VectorCache cache = freshProcess(new Counting()).savedIn(file);
    cache.vectors(SENTENCES);

    cache.vectors(SENTENCES.subList(0, 1));

    Map<VectorFile.Key, float[]> saved = VectorFile.read(file, TestMatching.encoder().modelId()).orElseThrow();
    assertThat(saved).containsOnlyKeys(VectorFile.Key.of(TestMatching.encoder().modelId(), SENTENCES.get(0)));
  }

  @Test
  void anUnwritableDataDirectoryOnlyCostsTheSaving() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
    Counting counting = new Counting();

    List<float[]> vectors = freshProcess(counting).savedIn(notADirectory.resolve(VectorFile.NAME)).vectors(SENTENCES);

    assertThat(vectors).hasSize(SENTENCES.size()).doesNotContainNull();
    assertThat(counting.calls.get()).isEqualTo(SENTENCES.size());
  }

  @Test
  void aMatcherBuiltWithADataDirectoryKeepsItsSentencesThereAndNothingElse() throws IOException {
    Knowledge facilities = Matchers.load(Matchers.FACILITIES);

    FaqMatcher matcher = TestMatching.factory(dir).build(facilities);

    assertThat(matcher.match("where do I put my bike").id()).isEqualTo("bicycles");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(VectorFile.NAME, MatcherFactory.SECOND_FILE);
    }
    int sentences = facilities.entries().stream().mapToInt(entry -> SemanticIndex.sentences(entry).size()
        + SemanticIndex.answerLines(entry, Tuning.DEFAULT.answerLineWords()).size()).sum();
    assertThat(VectorFile.read(dir.resolve(VectorFile.NAME), TestMatching.encoder().modelId()).orElseThrow())
        .hasSizeLessThanOrEqualTo(sentences + OffTopic.examples().size())
        .hasSizeGreaterThan(OffTopic.examples().size());
    assertThat(VectorFile.read(dir.resolve(MatcherFactory.SECOND_FILE), TestMatching.second().modelId()).orElseThrow())
        .hasSizeLessThanOrEqualTo(sentences + OffTopic.examples().size())
        .hasSizeGreaterThan(OffTopic.examples().size());
  }

  @Test
  void onDemandATopicKeyNeedsNoSentenceVectorsAndAQuestionGetsTheSameAnswerAsUpFront() {
    Knowledge facilities = Matchers.load(Matchers.FACILITIES);
    FaqMatcher onDemand = MatcherFactory.withEncoderOnDemand(dir).build(facilities);

    Match topic = onDemand.match("bicycles");
    boolean savedAfterTopic = Files.exists(dir.resolve(VectorFile.NAME));
    Match question = onDemand.match("is there somewhere to lock a cycle");

    assertThat(topic.id()).isEqualTo("bicycles");
    assertThat(savedAfterTopic).isFalse();
    assertThat(dir.resolve(VectorFile.NAME)).isRegularFile();
    assertThat(question).isEqualTo(TestMatching.factory().build(facilities).match("is there somewhere to lock a cycle"));
  }

  /** A cache as a newly started process has it: nothing in memory. */
  private static VectorCache freshProcess(Embedder embedder) {
    return new VectorCache(embedder);
  }

  /** The real encoder, counting how often it really encodes; optionally under another model id. */
  private static final class Counting implements Embedder {
    final AtomicInteger calls = new AtomicInteger();
    private final String modelId;

    Counting() {
      this(TestMatching.encoder().modelId());
    }

    Counting(String modelId) {
      this.modelId = modelId;
    }

    @Override
    public float[] embed(String text) {
      calls.incrementAndGet();
      return TestMatching.encoder().embed(text);
    }

    @Override
    public String modelId() {
      return modelId;
    }
  }
}
