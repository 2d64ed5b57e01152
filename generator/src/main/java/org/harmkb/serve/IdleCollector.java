package org.harmkb.serve;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Empties G1's young generation right after a rebuild, while nobody waits for one. A rebuild of 10,000 pages
 * allocates about 100 MB; when the young generation fills up in the middle of one, the collection copies
 * everything that rebuild still holds (its page models, its new memo entries) and the author waits for it,
 * up to a hundred milliseconds and more on a busy machine. Collected just after a rebuild, the same garbage
 * is dead and the pause short, and the next rebuild starts with the whole young generation free.
 *
 * <p>Java has no call for "collect the young generation only" ({@code System.gc()} is a full, much longer
 * collection), so this allocates short-lived arrays, each well under G1's humongous size, until the young
 * collector has run once. Only for G1 (what {@code kb} runs with unless told otherwise); with another
 * collector there is nothing to do.
 */
final class IdleCollector {

    /** Below half of G1's smallest region (1 MB), so each array goes to the young generation. */
    private static final int CHUNK_BYTES = 64 * 1024;
    /** Gives up after this much, in case the young generation is larger than expected or never collected. */
    private static final long MAX_BYTES = 4L << 30;

    /** Keeps each chunk reachable until the next, so the JIT cannot leave the allocation out. */
    private static volatile byte[] sink;

    private final GarbageCollectorMXBean young;

    private IdleCollector(GarbageCollectorMXBean young) {
        this.young = young;
    }

    /** The collector for this JVM, when it runs G1. */
    static Optional<IdleCollector> forThisJvm() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(bean -> bean.getName().equals("G1 Young Generation")).findFirst().map(IdleCollector::new);
    }

    /**
     * Fills the young generation until it is collected, or {@code stop} says a rebuild is wanted.
     *
     * @return whether a young collection ran
     */
    boolean collect(BooleanSupplier stop) {
        long before = young.getCollectionCount();
        for (long allocated = 0; allocated < MAX_BYTES; allocated += CHUNK_BYTES) {
            if (young.getCollectionCount() != before) {
                sink = null;
                return true;
            }
            if (stop.getAsBoolean()) {
                break;
            }
            sink = new byte[CHUNK_BYTES];
        }
        sink = null;
        return young.getCollectionCount() != before;
    }
}
