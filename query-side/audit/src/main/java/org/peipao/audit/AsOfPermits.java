package org.peipao.audit;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many as-of answers (an aggregate's state or the KPIs as of a past instant) run at once: at most
 * {@code peipao.audit.as-of-concurrency} (default 2, the cores of the machine the benchmark runs on). Each answer holds a
 * scratch copy of the read model in the heap (about 10 MB at 100,000 events, more as the store grows: README,
 * Performance), so without a bound many auditors at once could exhaust the heap, as 150 answers one after another did
 * at {@code -Xmx192m} before the copies were made smaller (2026-12-03). A request finding every permit taken waits up to
 * {@code peipao.audit.as-of-wait} (default 10 s), then is refused with {@link AsOfBusy}: a clear {@code 503} with
 * {@code Retry-After} rather than a slow death of the whole server.
 */
@Component
class AsOfPermits {

    private final Semaphore permits;
    private final Duration wait;

    AsOfPermits(AuditProperties properties) {
        if (properties.asOfConcurrency() < 1) {
            throw new IllegalArgumentException("peipao.audit.as-of-concurrency must be at least 1, not "
                    + properties.asOfConcurrency());
        }
        this.permits = new Semaphore(properties.asOfConcurrency(), true);
        this.wait = properties.asOfWait();
    }

    /**
     * Runs {@code answer} once a permit is free, and answers its result.
     *
     * @throws AsOfBusy when no permit was freed within the wait
     */
    <T> T run(Supplier<T> answer) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AsOfBusy("interrupted while waiting for an as-of answer to end", 1);
        }
        if (!acquired) {
            throw new AsOfBusy("every as-of answer the server runs at once is busy; retry shortly",
                    (int) Math.max(1, wait.toSeconds()));
        }
        try {
            return answer.get();
        } finally {
            permits.release();
        }
    }
}
