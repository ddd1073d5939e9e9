package org.peipao.ops.storage;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the embedded read-model store's file close to the size of its live data, with H2 MVStore's own means: its
 * retention time, its file sync and its chunk compaction.
 * <p>
 * MVStore appends every commit as a new chunk; a page rewritten later leaves its old copy behind as garbage, and a
 * chunk's space is reused only once none of its pages is live, its last versions are gone, and it is older than the
 * store's retention time. The read models rewrite the same documents (the dashboard's cells) at every event while
 * adding documents that never change again (past versions, checkpoints). Measured in the benchmark's build of 100,000
 * events on 2026-12-02 (README, Architecture, Storage), with MVStore's defaults the file reached 4.0 GB with about a
 * fifth of its chunks' bytes live:
 * <ul>
 *   <li>the retention time, 45 s by default, kept every chunk of the last 45 s: at the read models' write rate, most of
 *   the file. MVStore's documentation allows a lower value when the file's buffers are flushed earlier, and names
 *   {@link MVStore#sync} for it. So each round first syncs the file, and the retention time is set to a few rounds
 *   ({@code retention}, longer than {@code interval}): a chunk's space is reused only after a sync that followed its
 *   writing;</li>
 *   <li>MVStore's background housekeeping rewrites sparse chunks in small steps, and under sustained writes fell
 *   behind. So each round, while less than {@code targetFillRate} percent of the rewritable chunks' bytes are live
 *   ({@link #rewritableFillRate}), asks MVStore to rewrite the sparsest and oldest chunks' live pages, up to
 *   {@code budget} bytes of them ({@link MVStore#compact}), and commits.</li>
 * </ul>
 * The rewrite takes MVStore's store lock only if it gets it within 10 ms, so a busy store skips a round rather than
 * stalling its writers. The read models are derived data: were the file ever lost, a rebuild makes them again.
 */
final class ReadModelFileCompaction implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadModelFileCompaction.class);

    private final MVStore store;
    private final int targetFillRate;
    private final int budgetBytes;
    private final ScheduledExecutorService schedule;

    /**
     * @param store the store whose file to compact; its maps must be open before {@link #start}, as only the pages of
     *        open maps can be moved
     * @param targetFillRate the share of the rewritable chunks' bytes that should be live, in percent (1–100)
     * @param budgetBytes the most bytes of live pages rewritten per round
     * @throws IllegalArgumentException for a target outside 1–100 or a budget below 1
     */
    ReadModelFileCompaction(MVStore store, int targetFillRate, int budgetBytes) {
        if (targetFillRate < 1 || targetFillRate > 100 || budgetBytes < 1) {
            throw new IllegalArgumentException("target fill rate 1-100 and a positive budget expected, got "
                    + targetFillRate + "% and " + budgetBytes + " bytes");
        }
        this.store = store;
        this.targetFillRate = targetFillRate;
        this.budgetBytes = budgetBytes;
        this.schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "read-model-file-compaction");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Sets the store's retention time to {@code retention}, then runs a round every {@code interval} (the first at
     * once) until {@link #close}.
     *
     * @throws IllegalArgumentException when the retention time is not longer than the interval: a chunk could then be
     *         reused before a sync had made the chunks that replaced it durable
     */
    void start(Duration interval, Duration retention) {
        if (interval.isNegative() || interval.isZero() || retention.compareTo(interval) <= 0
                || retention.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the read models' file retention (" + retention
                    + ") must be longer than its sync and compaction interval (" + interval + "), which must be positive");
        }
        store.setRetentionTime((int) retention.toMillis());
        long millis = Math.max(1, interval.toMillis());
        schedule.scheduleWithFixedDelay(this::roundLogged, 0, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * One round: syncs the file (every chunk written so far is then on disk), and when the live share of the chunks
     * MVStore could rewrite is below the target, rewrites up to the budget of the sparsest chunks' live pages and
     * commits them.
     *
     * @return whether any chunk was rewritten (false when the file is full enough, the store is closed, or the store
     *         lock was busy)
     */
    boolean round() {
        if (store.isClosed() || store.getFileStore() == null) {
            return false;
        }
        store.sync();
        if (rewritableFillRate() >= targetFillRate) {
            return false;
        }
        boolean rewrote = store.compact(targetFillRate, budgetBytes);
        if (rewrote) {
            store.commit();
        }
        return rewrote;
    }

    /**
     * The live share, in percent, of the chunks MVStore could rewrite now: chunks older than its retention time with
     * some pages live and some dead, as its own housekeeping counts them ({@code info.CHUNKS_FILL_RATE_RW}). Chunks
     * already emptied by a rewrite, which MVStore frees only after its retention time and its last versions, do not
     * count: counting them (as {@link MVStore#compact} does) would rewrite the same live pages again and again.
     */
    int rewritableFillRate() {
        int[] rate = {100};
        store.getFileStore().populateInfo((key, value) -> {
            if (key.equals("info.CHUNKS_FILL_RATE_RW")) {
                rate[0] = Integer.parseInt(value);
            }
        });
        return rate[0];
    }

    private void roundLogged() {
        try {
            if (round() && log.isDebugEnabled()) {
                log.debug("Read models' file: rewritable chunks {}% live, all chunks {}%, file {}% used, {} bytes",
                        rewritableFillRate(), store.getFileStore().getChunksFillRate(),
                        store.getFileStore().getFillRate(), store.getFileStore().size());
            }
        } catch (MVStoreException e) {
            if (!store.isClosed()) { // closing the store under a round is the one expected failure
                log.warn("Read models' file: compaction round failed; the next round tries again", e);
            }
        } catch (RuntimeException e) {
            log.warn("Read models' file: compaction round failed; the next round tries again", e);
        }
    }

    /**
     * Stops the rounds and waits up to 10 s for one in progress; the store stays open. The round is not interrupted:
     * an interrupt during file I/O closes the file's channel, and MVStore would close the store.
     */
    @Override
    public void close() {
        schedule.shutdown();
        try {
            if (!schedule.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Read models' file: a compaction round was still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
