package org.peipao.audit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs verifications in the background, one at a time per process, and keeps their state in
 * {@link VerificationRuns}: the running one's progress and heartbeat every {@code peipao.audit.heartbeat-interval},
 * its results once done. A run whose process stopped never stays {@code RUNNING}: at start-up, periodically and on
 * every read, a run whose heartbeat is older than {@code peipao.audit.stale-after} is marked {@code FAILED} with a
 * reason (so is a run of this process that it no longer runs), and a process that stops marks its own run
 * {@code FAILED} on its way out.
 */
@Component
class VerificationJobs {

    private static final Logger log = LoggerFactory.getLogger(VerificationJobs.class);

    /** Kinds of run. */
    static final String FULL = "FULL";
    static final String INCREMENTAL = "INCREMENTAL";

    private final VerificationRuns runs;
    private final VerificationWork work;
    private final Clock clock;
    private final Duration staleAfter;
    private final String owner = owner();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("audit-verification"));
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(daemon("audit-heartbeat"));
    private volatile VerificationWork.Progress current;

    VerificationJobs(VerificationRuns runs, VerificationWork work, Clock clock, AuditProperties properties) {
        this.runs = runs;
        this.work = work;
        this.clock = clock;
        this.staleAfter = properties.staleAfter();
        long beat = properties.heartbeatInterval().toMillis();
        heart.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
        long sweep = Math.max(beat, properties.staleAfter().toMillis() / 3);
        heart.scheduleWithFixedDelay(this::recoverQuietly, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a run of {@code kind} ({@link #FULL} or {@link #INCREMENTAL}) and answers it as stored; when this
     * process is already running one, answers that one instead (one run at a time).
     */
    synchronized VerificationRun start(String kind) {
        VerificationWork.Progress running = current;
        if (running != null && !running.finished()) {
            Optional<VerificationRun> stored = runs.find(running.id());
            if (stored.isPresent() && VerificationRun.RUNNING.equals(stored.get().status())) {
                return stored.get();
            }
        }
        Instant now = now();
        Optional<VerificationRun> base = INCREMENTAL.equals(kind) ? runs.furthestDone() : Optional.empty();
        VerificationRun run = new VerificationRun(UUID.randomUUID().toString(), kind, VerificationRun.RUNNING, 0, null,
                now, null, now, owner, base.map(VerificationRun::headPosition).orElse(INCREMENTAL.equals(kind) ? 0L : null),
                null, null, null, null, null, null, null);
        VerificationWork.Progress progress = new VerificationWork.Progress(run.id(), now);
        current = progress; // before the insert: a read in between must find the run ours and running
        runs.insert(run);
        worker.execute(() -> execute(run, base, progress));
        return run;
    }

    /** A run as stored, after failing it should its process have stopped. */
    Optional<VerificationRun> find(String id) {
        return runs.find(id).map(this::unlessAbandoned);
    }

    /** The latest runs, newest first, without their results. */
    List<VerificationRun> latest(int limit) {
        return runs.latest(limit).stream().map(this::unlessAbandoned).map(VerificationRun::summary).toList();
    }

    /** Fails every run whose process stopped: its heartbeat is stale, or it is this process's and not running here. */
    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        runs.running().forEach(this::unlessAbandoned);
    }

    @PreDestroy
    void stop() {
        heart.shutdownNow();
        worker.shutdownNow();
        VerificationWork.Progress running = current;
        if (running != null && !running.finished()) {
            runs.failed(running.id(), null, now(), "the server stopped during the run");
        }
    }

    private VerificationRun unlessAbandoned(VerificationRun run) {
        if (!VerificationRun.RUNNING.equals(run.status())) {
            return run;
        }
        Instant now = now();
        VerificationWork.Progress running = current;
        boolean ours = owner.equals(run.owner());
        String reason = null;
        if (ours && (running == null || !running.id().equals(run.id()) || running.finished())) {
            reason = "this process no longer runs it (it was restarted or the run was lost)";
        } else if (!ours && run.heartbeatAt() != null && run.heartbeatAt().plus(staleAfter).isBefore(now)) {
            reason = "the process running it stopped: no heartbeat since " + run.heartbeatAt();
        }
        if (reason != null && runs.failed(run.id(), run.heartbeatAt(), now, reason)) {
            log.warn("Verification {} marked FAILED: {}", run.id(), reason);
        }
        return reason == null ? run : runs.find(run.id()).orElse(run);
    }

    private void execute(VerificationRun run, Optional<VerificationRun> base, VerificationWork.Progress progress) {
        try {
            VerificationWork.Result result = INCREMENTAL.equals(run.kind())
                    ? work.incremental(base, progress)
                    : work.full(progress);
            Instant finished = now();
            if (!runs.done(run.id(), finished, result.headPosition(), result.storedEvents(), result.digest(),
                    work.receipt(result, finished), result.eventLog(), result.readModels())) {
                log.warn("Verification {} finished after it had been marked FAILED; its result is dropped", run.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runs.failed(run.id(), null, now(), "the server stopped during the run");
        } catch (RuntimeException e) {
            log.error("Verification {} failed", run.id(), e);
            runs.failed(run.id(), null, now(), "the verification stopped on an error; the server's log has the details");
        } finally {
            progress.finish();
        }
    }

    private void beat() {
        VerificationWork.Progress running = current;
        try {
            if (running != null && !running.finished()) {
                Instant now = now();
                runs.beat(running.id(), running.percent(), running.etaSeconds(now), now);
            }
        } catch (RuntimeException e) {
            log.warn("Could not record the heartbeat of verification {}", running.id(), e);
        }
    }

    private void recoverQuietly() {
        try {
            recover();
        } catch (RuntimeException e) {
            log.warn("Could not look for abandoned verifications", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String owner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
