package org.peipao.bench;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The data set of the read-side rows: {@code --events} events written through the HTTP command path by the write
 * mix, into a data directory kept under {@code --datasets}, once per size and server revision. While it grows, the
 * cost per event (server CPU), the rate and the processors' lag are recorded per tenth of the target, which tells
 * whether the cost stays flat as the store grows. Runs copy it (the server stopped) and never change the original.
 */
final class Dataset {

    /** One tenth of the growth. */
    record Segment(long fromEvents, long toEvents, double seconds, long commands, double serverCpuSeconds,
                   long lagP99Events, double lagP99Seconds, String laggingMost) {

        double eventsPerSecond() {
            return (toEvents - fromEvents) / seconds;
        }

        double cpuMsPerEvent() {
            return serverCpuSeconds * 1000 / (toEvents - fromEvents);
        }
    }

    /** How the data set was built, kept beside it as build.json. */
    record Build(long events, String serverRevision, String commit, String builtAt, String machine, int clients,
                 double seconds, long commands, String failures, double catchUpSeconds, List<Segment> segments) {
    }

    private Dataset() {
    }

    static Path directory(Options options) {
        return options.datasets().resolve(options.events() + "-events-" + options.datasetRevision());
    }

    /**
     * Checks, before any work, that the data set {@code --dataset-revision} names is kept: another revision's data set
     * is never built.
     *
     * @throws IllegalArgumentException naming the size, the revision and the directory when it is not kept
     */
    static void requireKept(Options options) {
        if (options.phase("dataset") && !options.datasetRevision().equals(options.serverRevision())
                && !Files.exists(directory(options).resolve("build.json"))) {
            throw new IllegalArgumentException("no data set of " + options.events() + " events built by server "
                    + "revision " + options.datasetRevision() + " is kept under " + options.datasets() + "\n");
        }
    }

    /**
     * The kept data set, built first if there is none for this size and server revision.
     *
     * @throws IllegalArgumentException when {@code --dataset-revision} names a data set that is not kept
     *         ({@link #requireKept})
     */
    static Build ensure(Options options) {
        Path dir = directory(options);
        Path meta = dir.resolve("build.json");
        try {
            if (Files.exists(meta)) {
                Bench.say("data set: reusing %s", dir);
                return Http.JSON.readValue(meta.toFile(), Build.class);
            }
            requireKept(options);
            Path building = options.datasets().resolve(dir.getFileName() + ".building");
            Host.deleteTree(building);
            Build build;
            try {
                build = build(options, building.resolve("data"));
            } catch (Host.LowDiskSpace full) {
                Bench.say("data set: removing the unfinished %s to free its disk", building);
                Host.deleteTree(building);
                throw full;
            }
            Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(building.resolve("build.json").toFile(),
                    build);
            Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
            return build;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the kept data set's data directory, for one run to change.
     *
     * @throws Host.LowDiskSpace when the copy would leave less than {@link Host#MIN_FREE_BYTES} free under {@code target}
     */
    static void copyTo(Options options, Path target) {
        Path data = directory(options).resolve("data");
        Host.requireFreeSpace(target, Host.treeSize(data));
        Host.run(List.of("cp", "-a", data.toString(), target.toString()));
    }

    private static Build build(Options options, Path data) {
        long target = options.events();
        Bench.say("data set: building %,d events through the HTTP command path into %s", target, data);
        long started = System.nanoTime();
        List<Segment> segments = new ArrayList<>();
        String failures;
        long commands;
        double catchUp;
        try (Server server = Server.start(options, data, options.writeXmx(), List.of(), "dataset-build")) {
            WriteMix mix = new WriteMix(server.http(), options.clients(), "d").start(head -> head >= target);
            try (Processors.LagSampler lag = new Processors.LagSampler(server.http())) {
                long step = Math.max(1, target / 10);
                long from = 0;
                long fromCommands = 0;
                long fromNanos = System.nanoTime();
                double fromCpu = Proc.cpuSeconds(server.pid());
                long lastSaid = System.nanoTime();
                while (from < target) {
                    Server.sleep(250);
                    Host.requireFreeSpace(data);
                    mix.observe(Processors.head(server.http()));
                    long head = mix.position();
                    boolean done = !mix.running();
                    long mark = Math.min(target, (from / step + 1) * step);
                    if (head >= mark || done) {
                        Processors.LagSummary l = Processors.LagSummary.of(lag.snapshot());
                        lag.reset();
                        double cpu = Proc.cpuSeconds(server.pid());
                        long now = System.nanoTime();
                        segments.add(new Segment(from, head, (now - fromNanos) / 1e9, mix.answered() - fromCommands,
                                cpu - fromCpu, l.p99Events(), l.p99Seconds(), l.worst()));
                        Segment s = segments.get(segments.size() - 1);
                        Bench.say("  %,d events: %.0f events/s, %.2f ms server CPU per event, lag p99 %,d events / %.1f s (%s)",
                                head, s.eventsPerSecond(), s.cpuMsPerEvent(), s.lagP99Events(), s.lagP99Seconds(),
                                s.laggingMost());
                        from = head;
                        fromCommands = mix.answered();
                        fromNanos = now;
                        fromCpu = cpu;
                        if (done) {
                            break;
                        }
                    } else if (System.nanoTime() - lastSaid > TimeUnit.SECONDS.toNanos(30)) {
                        Bench.say("  %,d of %,d events (%.0f%%), refused %d", head, target, 100.0 * head / target,
                                mix.failureCount());
                        lastSaid = System.nanoTime();
                    }
                }
                mix.stop();
            }
            commands = mix.answered();
            failures = mix.failures();
            long caughtUpFrom = System.nanoTime();
            Bench.say("data set: %,d events written; waiting for the read models to catch up", mix.position());
            if (!Processors.awaitCaughtUp(server.http(), 4 * 3600, () -> Host.requireFreeSpace(data))) {
                throw new IllegalStateException("the read models did not catch up in 4 hours");
            }
            catchUp = (System.nanoTime() - caughtUpFrom) / 1e9;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Bench.say("data set: built in %.0f s", seconds);
        return new Build(target, options.serverRevision(), options.commit(), Instant.now().toString(), Proc.machine(),
                options.clients(), seconds, commands, failures, catchUp, segments);
    }
}
