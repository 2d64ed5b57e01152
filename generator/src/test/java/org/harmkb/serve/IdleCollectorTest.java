package org.harmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Between rebuilds, serve empties the young generation so the next rebuild does not pause for it. */
class IdleCollectorTest {

    @Test
    void collectRunsOneYoungCollection() {
        Optional<IdleCollector> collector = IdleCollector.forThisJvm();
        assumeTrue(collector.isPresent(), "this JVM does not run G1");
        long before = youngCollections();
        assertThat(collector.get().collect(() -> false)).isTrue();
        assertThat(youngCollections()).isGreaterThan(before);
    }

    @Test
    void aWaitingRebuildStopsItAtOnce() {
        Optional<IdleCollector> collector = IdleCollector.forThisJvm();
        assumeTrue(collector.isPresent(), "this JVM does not run G1");
        int[] asked = {0};
        collector.get().collect(() -> ++asked[0] > 0);
        assertThat(asked[0]).isLessThanOrEqualTo(1);
    }

    private static long youngCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(bean -> bean.getName().equals("G1 Young Generation"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
