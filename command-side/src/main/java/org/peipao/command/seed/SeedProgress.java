package org.peipao.command.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** Logs a load's progress: at each tenth of the set, and at least every few seconds. */
final class SeedProgress {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final String seed;
    private final int total;
    private final long started = System.nanoTime();
    private long lastLogged = started;
    private int lastTenth;

    SeedProgress(String seed, int total) {
        this.seed = seed;
        this.total = total;
    }

    void handled(int count) {
        int tenth = count * 10 / total;
        long now = System.nanoTime();
        if (tenth > lastTenth || now - lastLogged >= EVERY_NANOS) {
            lastTenth = tenth;
            lastLogged = now;
            log.info("Seed '{}': {} of {} commands ({}%), {} commands/s", seed, count, total, count * 100 / total,
                    perSecond(count, Duration.ofNanos(now - started)));
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static long perSecond(int count, Duration took) {
        return Math.round(count * 1e9 / Math.max(1, took.toNanos()));
    }
}
