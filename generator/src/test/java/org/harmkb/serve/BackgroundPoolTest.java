package org.harmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The deferred search index must not take the common pool's worker, which rebuilds need. */
class BackgroundPoolTest {

    @Test
    void parallelStreamsOfDeferredWorkRunOnItsOneThreadNotTheCommonPool() throws Exception {
        ForkJoinPool background = ServeSession.backgroundPool();
        try {
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            Set<ForkJoinPool> pools = ConcurrentHashMap.newKeySet();
            background.submit(() -> IntStream.range(0, 10_000).parallel().forEach(i -> {
                threads.add(Thread.currentThread());
                if (Thread.currentThread() instanceof ForkJoinWorkerThread worker) {
                    pools.add(worker.getPool());
                }
            })).get();
            assertThat(pools).containsExactly(background);
            assertThat(threads).hasSize(1);
            assertThat(threads.iterator().next().getName()).isEqualTo("kb-search-index");
            assertThat(threads.iterator().next().isDaemon()).isTrue();
        } finally {
            background.shutdownNow();
        }
    }
}
