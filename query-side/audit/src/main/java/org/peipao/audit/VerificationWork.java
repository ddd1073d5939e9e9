package org.peipao.audit;

import org.peipao.audit.chain.EventHashes;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a verification run does. A full run checks the hash chain of every stream, computes the {@link LogDigest}
 * of the whole log and checks the read models (progress: 1.5%, 1% and 97.5% of the run, about the shares of their
 * time in a full run over the benchmark's 100,000 events on 2026-12-03, since the tamper check reads the log in pages:
 * the first two done within the first 6.7 s of 256 s). An incremental run checks only the events after the head of
 * an earlier run, extending that run's digest: its time grows with the new events, not with the log.
 */
@Component
class VerificationWork {

    /** The tamper check's and the digest's shares of a full run's progress (the read models' the rest). */
    static final double TAMPER_CHECK = 0.015;
    static final double DIGEST = 0.01;

    private final TamperCheck tamperCheck;
    private final EventLog log;
    private final ReadModelVerification readModels;
    private final Receipts receipts;

    VerificationWork(TamperCheck tamperCheck, EventLog log, ReadModelVerification readModels, Receipts receipts) {
        this.tamperCheck = tamperCheck;
        this.log = log;
        this.readModels = readModels;
        this.receipts = receipts;
    }

    /**
     * A finished run's results; {@code readModels} is null for an incremental run. {@code storedEvents}: how many
     * events the log held at or before {@code headPosition}, which the next incremental run compares.
     */
    record Result(long headPosition, long storedEvents, String digest, TamperCheck.Outcome eventLog,
                  ReadModelCheck readModels) {
    }

    Result full(Progress progress) throws InterruptedException {
        long head = tamperCheck.head();
        long stored = tamperCheck.count(head);
        double events = Math.max(1, stored);
        TamperCheck.Outcome eventLog = tamperCheck.run(head, checked -> progress.set(TAMPER_CHECK * checked / events));
        long[] folded = {0};
        String digest = LogDigest.upTo(log, head,
                position -> progress.set(TAMPER_CHECK + DIGEST * ++folded[0] / events));
        ReadModelCheck models = readModels.check(
                fraction -> progress.set(TAMPER_CHECK + DIGEST + (1 - TAMPER_CHECK - DIGEST) * fraction));
        return new Result(head, stored, digest, eventLog, models);
    }

    /**
     * Checks the events after the head of {@code base} (none: from the first event), extending the log's digest it
     * left. The earlier events are not read again, but they are counted: a log that holds more or fewer of them than
     * {@code base} counted has had events removed or added behind the application ({@link TamperCheck#countChanged}),
     * and the run says so (a base stored before runs kept that count, or none, is not compared).
     */
    Result incremental(Optional<VerificationRun> base, Progress progress) {
        long after = base.map(VerificationRun::headPosition).orElse(0L);
        long head = Math.max(after, tamperCheck.head());
        long storedAtAfter = tamperCheck.count(after);
        long stored = tamperCheck.count(head);
        double events = Math.max(1, stored - storedAtAfter);
        String digestAtAfter = base.map(VerificationRun::digest).orElse(null);
        TamperCheck.Since since = tamperCheck.runSince(after, head,
                digestAtAfter == null ? EventHashes.GENESIS : digestAtAfter, checked -> progress.set(checked / events));
        TamperCheck.Outcome eventLog = since.eventLog();
        Long counted = base.map(VerificationRun::storedEvents).orElse(null);
        if (counted != null && counted != storedAtAfter) {
            eventLog = eventLog.withFirst(TamperCheck.countChanged(after, counted, storedAtAfter, base.get().id()));
        }
        return new Result(head, stored, since.logDigest(), eventLog, null);
    }

    String receipt(Result result, Instant checkedAt) {
        return receipts.sign(result.headPosition(), result.digest(), checkedAt);
    }

    /** A run's progress, as its worker reports it and its heartbeat records it. */
    static class Progress {
        private final String id;
        private final Instant startedAt;
        private volatile double fraction;
        private volatile boolean finished;

        Progress(String id, Instant startedAt) {
            this.id = id;
            this.startedAt = startedAt;
        }

        String id() {
            return id;
        }

        void set(double fraction) {
            this.fraction = Math.max(0, Math.min(1, fraction));
        }

        /** 0 to 99 while running: 100 is for a run that is done. */
        int percent() {
            return (int) Math.min(99, Math.floor(fraction * 100));
        }

        /** Seconds left at the rate so far; null before any progress. */
        Long etaSeconds(Instant now) {
            double done = fraction;
            if (done <= 0) {
                return null;
            }
            double elapsed = Duration.between(startedAt, now).toMillis() / 1000.0;
            return (long) Math.ceil(elapsed * (1 - done) / done);
        }

        boolean finished() {
            return finished;
        }

        void finish() {
            finished = true;
        }
    }
}
