package com.partnershipbot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.LoadReport;
import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.testing.TestConfig;
import org.junit.jupiter.api.Test;

/** A config whose sentence vectors would not fit in the heap is refused with a message naming -Xmx. */
class HeapCheckTest {
  private static final long MB = 1024 * 1024;
  private final LoadReport valid = new ConfigLoader().check(TestConfig.FAQ);

  @Test
  void aConfigThatFitsIsLeftAsItIs() {
    LoadReport checked = HeapCheck.of(96 * MB).checked(valid, TestConfig.FAQ, TestMatching.factory());

    assertThat(checked).isSameAs(valid);
  }

  @Test
  void aConfigWhoseVectorsOutgrowTheHeapIsRefusedNamingTheHeapAndTheFlag() {
    long needed = TestMatching.factory().heapForVectors(valid.knowledge().orElseThrow());

    LoadReport checked = HeapCheck.of(needed).checked(valid, TestConfig.FAQ, TestMatching.factory());

    assertThat(checked.isValid()).isFalse();
    assertThat(checked.problems()).filteredOn(ConfigProblem::isError).singleElement()
        .satisfies(problem -> assertThat(problem.format()).contains("answers")
            .contains("sentence vectors").contains("heap of " + needed / MB + " MB").contains("-Xmx"));
  }

  @Test
  void matchingByWordingAloneNeedsNoRoomForVectors() {
    assertThat(MatcherFactory.lexicalOnly().heapForVectors(valid.knowledge().orElseThrow())).isZero();
    assertThat(HeapCheck.of(1).checked(valid, TestConfig.FAQ, MatcherFactory.lexicalOnly())).isSameAs(valid);
  }
}
