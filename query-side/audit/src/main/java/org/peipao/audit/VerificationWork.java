package org.peipao.audit;

import org.peipao.audit.chain.EventHashes;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * What a verification run does. A full run checks the hash chain of every stream, computes the {@link LogDigest}
 * of the whole log and checks the read models (progress: 5%, 3% and 92% of the run, the shares of their time in the
 * benchmark's full run at 100,000 events on 2026-11-30: about half a minute for the first two, 8 minutes for the
 * read models). An incremental run checks only the events after the head of an earlier run, extending that run's
 * digest: its time grows with the new events, not with the log.
 */
@Component
class VerificationWork {

    /** The tamper check's and the digest's shares of a full run's progress (the read models' the rest). */
    static final double TAMPER_CHECK = 0.05;
    static final double DIGEST = 0.03;

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

    /** A finished run's results; {@code readModels} is null for an incremental run. */
    record Result(long headPosition, String digest, TamperCheck.Outcome eventLog, ReadModelCheck readModels) {
    }

    Result full(Progress progress) throws InterruptedException {
        long head = tamperCheck.head();
        double events = Math.max(1, tamperCheck.count(head));
        TamperCheck.Outcome eventLog = tamperCheck.run(head, checked -> progress.set(TAMPER_CHECK * checked / events));
        long[] folded = {0};
        String digest = LogDigest.upTo(log, head,
                position -> progress.set(TAMPER_CHECK + DIGEST * ++folded[0] / events));
        ReadModelCheck models = readModels.check(
                fraction -> progress.set(TAMPER_CHECK + DIGEST + (1 - TAMPER_CHECK - DIGEST) * fraction));
        return new Result(head, digest, eventLog, models);
    }

    /** Checks the events after {@code after}, where an earlier run left the log's digest at {@code digestAtAfter}. */
    Result incremental(long after, String digestAtAfter, Progress progress) {
        long head = Math.max(after, tamperCheck.head());
        double events = Math.max(1, tamperCheck.count(head) - tamperCheck.count(after));
        TamperCheck.Since since = tamperCheck.runSince(after, head,
                digestAtAfter == null ? EventHashes.GENESIS : digestAtAfter, checked -> progress.set(checked / events));
        return new Result(head, since.logDigest(), since.eventLog(), null);
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
