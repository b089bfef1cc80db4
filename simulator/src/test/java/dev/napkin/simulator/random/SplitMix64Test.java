package dev.napkin.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.NodeId;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

  @Test
  void matchesTheReferenceSequenceForSeedZero() {
    SplitMix64 random = new SplitMix64(0);
    assertThat(new long[] {random.nextLong(), random.nextLong(), random.nextLong()})
        .containsExactly(0xE220A8397B1DCDAFL, 0x6E789E6AA1B965F4L, 0x06C45D188009454FL);
  }

  @Test
  void doublesAreStrictlyInsideTheUnitInterval() {
    SplitMix64 random = new SplitMix64(1);
    double min = 1;
    double max = 0;
    double sum = 0;
    int n = 1_000_000;
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      min = Math.min(min, u);
      max = Math.max(max, u);
      sum += u;
    }
    assertThat(min).isGreaterThan(0);
    assertThat(max).isLessThan(1);
    // mean of U(0,1): standard error 1/sqrt(12 n)
    assertThat(Math.abs(sum / n - 0.5)).isLessThan(4 / Math.sqrt(12.0 * n));
  }

  @Test
  void reseedingRestartsTheStream() {
    SplitMix64 random = new SplitMix64(5);
    long first = random.nextLong();
    random.nextLong();
    assertThat(random.reseed(5).nextLong()).isEqualTo(first);
  }

  @Test
  void streamsDependOnEveryPartOfTheirKey() {
    long stage = StreamKeys.node(NodeId.of("parse"));
    long record = StreamKeys.sourceRecord(StreamKeys.node(NodeId.of("clicks")), 17);
    long base = StreamKeys.stream(StreamKeys.run(42, 0), stage, record, Purpose.COST);

    assertThat(
            new long[] {
              StreamKeys.stream(StreamKeys.run(43, 0), stage, record, Purpose.COST),
              StreamKeys.stream(StreamKeys.run(42, 1), stage, record, Purpose.COST),
              StreamKeys.stream(StreamKeys.run(42, 0), stage + 1, record, Purpose.COST),
              StreamKeys.stream(StreamKeys.run(42, 0), stage, record + 1, Purpose.COST),
              StreamKeys.stream(StreamKeys.run(42, 0), stage, record, Purpose.SELECTIVITY)
            })
        .doesNotContain(base)
        .doesNotHaveDuplicates();
  }

  @Test
  void derivedIdentitiesDifferByStageAndOutputIndex() {
    long parent = StreamKeys.sourceRecord(StreamKeys.node(NodeId.of("clicks")), 0);
    long a = StreamKeys.node(NodeId.of("a"));
    long b = StreamKeys.node(NodeId.of("b"));
    assertThat(
            new long[] {
              StreamKeys.derived(parent, a, 0),
              StreamKeys.derived(parent, a, 1),
              StreamKeys.derived(parent, b, 0),
              parent
            })
        .doesNotHaveDuplicates();
  }
}
