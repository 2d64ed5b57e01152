package org.harmkb.memo;

import java.util.concurrent.CancellationException;

/**
 * Where slow site-wide work (the search index, related articles) may stop early. {@code serve} computes that
 * work ahead on a background thread and interrupts the thread when the author saves again, so the rebuild of
 * their edit gets the cores; the work calls {@link #checkpoint()} once per page, and {@link Memos#latest}'s
 * deferred computation treats the exception as "not done yet" and leaves the work due. Nothing else interrupts
 * the threads a build runs on, so in {@code build} a checkpoint never fires.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /**
     * Throws {@link CancellationException} when the current thread was interrupted. The interrupt stays set, so
     * the rest of the same work on this thread (the other slices of a parallel stream, run after the one that
     * threw) stops at its first checkpoint too; whoever interrupts clears it before the thread's next work.
     */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("stopped: the sources changed while this work was under way");
        }
    }
}
