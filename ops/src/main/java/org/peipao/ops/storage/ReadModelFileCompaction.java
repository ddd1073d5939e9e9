package org.peipao.ops.storage;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the embedded read-model store's file nearer the size of its live data, with H2 MVStore's own means: its
 * retention time, its file sync and its chunk compaction.
 * <p>
 * MVStore appends every commit as a new chunk; a page rewritten later leaves its old copy behind as garbage, and a
 * chunk's space is reused only once none of its pages is live, its last versions are gone, and it was written longer
 * ago than the store's retention time. The read models rewrite the same documents (the dashboard's cells) at every
 * event while adding documents that never change again (past versions, checkpoints). In the benchmark's build of
 * 100,000 events on 2026-12-02 (README, Performance, "The read models' file"), with MVStore's defaults only 16–19% of
 * the chunks' bytes were live when sampled, and the file reached 4.03 GB:
 * <ul>
 *   <li>the retention time, 45 s by default, kept every chunk written in the last 45 s from being rewritten or reused:
 *   at the read models' write rate, most of the file. MVStore's documentation allows a lower value when the file's
 *   buffers are flushed earlier than that, and names a forced flush for it. So each round first syncs the file
 *   ({@link MVStore#sync}, a forced flush), and the retention time is set to {@code retention}, at least two
 *   intervals;</li>
 *   <li>MVStore's background housekeeping rewrites sparse chunks in small steps, and under sustained writes fell
 *   behind. So each round, while less than {@code targetFillRate} percent of the rewritable chunks' bytes are live
 *   ({@link #rewritableFillRate}), asks MVStore to rewrite the sparsest and oldest chunks' live pages, up to
 *   {@code budget} bytes of them ({@link MVStore#compact}), and commits.</li>
 * </ul>
 * A round takes MVStore's store lock only if it gets it within 10 ms (a busy store skips the rewrite), but then holds it
 * for the rewrite, which commits wait for. What a shorter retention risks is a power loss, not a process crash (the
 * operating system keeps what a killed process wrote): MVStore counts the retention time from a chunk's writing, not
 * from its release, so even with a sync every second a file cut off by a power loss may not open. The read models are
 * derived data: such a file is set aside at start and the read models are rebuilt from the events
 * ({@code EmbeddedMongoConfiguration}).
 */
final class ReadModelFileCompaction implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadModelFileCompaction.class);
    /** H2 MVStore's own retention time for a file store, in milliseconds. */
    static final int DEFAULT_RETENTION_MILLIS = 45_000;

    private final MVStore store;
    private final int targetFillRate;
    private final int budgetBytes;
    private final ScheduledExecutorService schedule;
    private final AtomicLong rounds = new AtomicLong();
    private final AtomicLong failedRounds = new AtomicLong();
    private volatile boolean closing;

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
     * @throws IllegalArgumentException when the interval is not positive or the retention time is shorter than two
     *         intervals: MVStore's retention time assumes that whatever was written before it is on disk, and the
     *         rounds' syncs come an interval plus a round's own time apart
     */
    void start(Duration interval, Duration retention) {
        requireRetentionOfTwoIntervals(interval, retention);
        store.setRetentionTime((int) retention.toMillis());
        long millis = Math.max(1, interval.toMillis());
        schedule.scheduleWithFixedDelay(this::roundLogged, 0, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Checks the settings {@link #start} takes.
     *
     * @throws IllegalArgumentException when the interval is not positive or the retention time (in whole
     *         milliseconds, at most {@link Integer#MAX_VALUE}) is shorter than two intervals
     */
    static void requireRetentionOfTwoIntervals(Duration interval, Duration retention) {
        if (interval.isNegative() || interval.isZero() || retention.compareTo(interval.multipliedBy(2)) < 0
                || retention.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the read models' file retention (" + retention + ") must be at least"
                    + " twice its sync and compaction interval (" + interval + "), which must be positive");
        }
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

    /** The rounds run so far, and those of them that failed: for tests and for the log. */
    long rounds() {
        return rounds.get();
    }

    long failedRounds() {
        return failedRounds.get();
    }

    private void roundLogged() {
        if (store.isClosed()) {
            if (!closing) { // closed by a failure elsewhere (a projection's write, H2's background writer): say why
                logClosedByFailure(store.getPanicException());
            }
            stop();
            return;
        }
        rounds.incrementAndGet();
        try {
            if (round() && log.isDebugEnabled()) {
                log.debug("Read models' file: rewritable chunks {}% live, all chunks {}%, file {}% used, {} bytes",
                        rewritableFillRate(), store.getFileStore().getChunksFillRate(),
                        store.getFileStore().getFillRate(), store.getFileStore().size());
            }
        } catch (RuntimeException e) {
            failedRounds.incrementAndGet();
            if (store.isClosed() && !closing) {
                // MVStore closes the store on a failure it cannot recover from ("panic"): say why, once
                logClosedByFailure(store.getPanicException() != null ? store.getPanicException() : e);
                stop();
            } else if (!closing) {
                log.warn("Read models' file: a compaction round failed; the next round tries again", e);
            }
        } catch (Error e) {
            failedRounds.incrementAndGet();
            log.error("Read models' file: a compaction round failed; the rounds stop", e);
            stop();
            throw e;
        }
    }

    private static void logClosedByFailure(Throwable cause) {
        log.error("Read models' file: the store was closed by a failure; the read models stop until a restart", cause);
    }

    /**
     * Ends the rounds from within one: with no more syncs, MVStore's default retention time (45 s) comes back, as
     * the short one holds only while the rounds sync the file.
     */
    private void stop() {
        schedule.shutdown();
        if (!store.isClosed()) {
            store.setRetentionTime(DEFAULT_RETENTION_MILLIS);
        }
    }

    /**
     * Stops the rounds and waits up to 10 s for one in progress; the store stays open. The round is not interrupted:
     * an interrupt during file I/O closes the file's channel, and MVStore would close the store.
     */
    @Override
    public void close() {
        closing = true;
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
