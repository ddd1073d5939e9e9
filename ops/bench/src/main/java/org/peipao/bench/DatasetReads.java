package org.peipao.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The read-side rows of the kept data set (issue 14's dashboard, rebuild and memory rows; issue 13's as-of and
 * verification rows), measured on a copy served with a capped heap ({@code --xmx}).
 *
 * <p>A verification job not done within {@code --job-timeout} seconds keeps running inside the server, where it
 * would share the machine with the next measurement. So the server is then restarted on the same copy: the restart
 * marks the unfinished run {@code FAILED} (issue 13), and the next row is measured on a quiet server. Each restart is
 * reported. (A rebuild resumes after a restart, Axon keeping its replay in the token, so a rebuild out of time is
 * only reported; the dashboard's, the slowest, comes last.)
 */
final class DatasetReads {

    private static final List<String> REBUILT = List.of("companions", "projects", "challenges", "dashboard");

    private final Options options;
    private final Report report;
    private final String heading;
    private final Path data;
    private final long events;
    private Server server;
    private int restarts;
    /** Whether a server stopped by a restart had run out of memory. */
    private boolean oomBefore;
    /** The name of the JFR recording ({@code --jfr}) of the server now running, and of its file. */
    private String recording = "dataset-reads";

    private DatasetReads(Options options, Report report, String heading, Path data, long events) {
        this.options = options;
        this.report = report;
        this.heading = heading;
        this.data = data;
        this.events = events;
    }

    /** Serves {@code data} (a copy of the data set of {@code events} events) and adds its rows to {@code report}. */
    static void measure(Options options, Report report, String heading, Path data, long events) {
        new DatasetReads(options, report, heading, data, events).measure();
    }

    private void measure() {
        String heap = "-Xmx" + options.xmx();
        OptionalDouble withCds = readyWithCds();
        server = Server.start(options, data, options.xmx(), List.of(), "dataset-read");
        try {
            report.row(String.format("time to ready, %,d events (%s)", events, heap),
                    String.format("%.1f s", server.secondsToReady()), "≤ 15 s",
                    "`java -jar`: process start → /actuator/health UP");
            if (withCds.isPresent()) {
                report.row(String.format("time to ready, %,d events (%s), `ops/run-cds`", events, heap),
                        String.format("%.1f s", withCds.getAsDouble()), "≤ 15 s",
                        "Class Data Sharing, the README's faster start; on the same copy, just before the `java -jar` start");
            }
            server.startRecording(options, recording);
            dashboard();
            asOf();
            boolean fullDone = verifications();
            boolean allRebuilt = true;
            for (String processor : REBUILT) {
                if (!server.alive()) {
                    // a server that died (an OutOfMemoryError at --xmx, say) leaves the rows it gave
                    allRebuilt = false;
                    rebuildRow(processor, events, "not measured: the server had stopped (see its log)", "");
                    continue;
                }
                Bench.say("rebuild: %s", processor);
                ReadSide.Rebuild r = ReadSide.rebuild(server, processor, options.jobTimeout());
                allRebuilt &= r.done();
                rebuildRow(processor, r.events(), r.done()
                                ? String.format("%,.0f events/s (%.1f s)", r.eventsPerSecond(), r.seconds())
                                : "not done: " + r.failure(),
                        String.format("server peak RSS so far %.0f MB", r.peakRssMb()));
            }
            Path profile = server.alive() ? server.stopRecording(options, recording) : null;
            Http.Answer after = server.http().get("/api/v1/dashboard");
            boolean oom = oomBefore || server.logMentions("OutOfMemoryError");
            report.row(String.format("memory: %,d events with %s", events, heap),
                    String.format("%s; %s; peak RSS %.0f MB%s", after.ok() && server.alive() ? "serves" : "does NOT serve",
                            allRebuilt ? "rebuilt all 4 read models" : "rebuild NOT complete",
                            Proc.statusMegabytes(server.pid(), "VmHWM"),
                            restarts > 0 ? " (the last of " + (restarts + 1) + " servers)" : ""),
                    "serves and rebuilds", oom ? "OutOfMemoryError in the log" : "no OutOfMemoryError in the log");
            report.detail(heading, "- server log: " + server.log()
                    + (profile == null ? "" : "; JFR profile of the dashboard reads and the rebuilds: " + profile));
            if (!fullDone) {
                report.detail(heading, "- the incremental verification was not run: it checks the events after "
                        + "the furthest finished run, and no full run finished");
            }
        } finally {
            server.close();
        }
    }

    private void dashboard() {
        Bench.say("dashboard: %d s of warm-up, then %d requests of each query, one client", options.readWarmup(),
                options.reads());
        List<ReadSide.Latency> latencies = ReadSide.dashboard(server.http(), options.readWarmup(), options.reads(),
                options.readWindow());
        ReadSide.Latency health = latencies.stream().filter(l -> l.query().equals(ReadSide.HEALTH)).findFirst()
                .orElseThrow();
        for (ReadSide.Latency l : latencies) {
            if (l == health) {
                continue;
            }
            report.row(String.format("dashboard, %,d events, %s: p50 / p99", events, l.query()),
                    String.format("%.1f / %.1f ms", l.p50(), l.p99()), "p99 ≤ 20 ms",
                    String.format("p50 %.0f× /actuator/health's (%.2f ms); %d requests%s", l.p50() / health.p50(),
                            health.p50(), l.requests(), l.failures() > 0 ? "; " + l.failures() + " failed" : ""));
        }
        report.detail(heading, String.format("\n- dashboard: one client, %d requests per query in turn with "
                + "/actuator/health (p50 %.2f ms, p99 %.2f ms), after %d s of the same", health.requests(),
                health.p50(), health.p99(), options.readWarmup()));
    }

    private void asOf() {
        Bench.say("audit: KPIs as of past instants, then a full and an incremental verification job");
        ReadSide.AsOfLatency asOf = ReadSide.asOf(server.http(), 50, 50);
        report.row(String.format("audit dashboard as of a past instant, %,d events: p50 / p95", events),
                String.format("%.0f / %.0f ms", asOf.p50(), asOf.p95()), "p95 ≤ 2 s",
                String.format("%d requests at random instants after 50 unmeasured, filters in turn; max %.0f ms%s",
                        asOf.requests(), asOf.max(), asOf.failures() > 0
                                ? "; " + asOf.failures() + " failed (" + asOf.firstFailure() + ")" : ""));
    }

    /** The full verification job, then (once it finished) an incremental one; answers whether the full one did. */
    private boolean verifications() {
        ReadSide.VerificationJob full = ReadSide.verification(server, "start", options.jobTimeout());
        verificationRow("full", "≤ 2 min at 1M events", full);
        if (!full.done()) {
            restart("the full verification ran out of time");
            return false;
        }
        ReadSide.VerificationJob incremental = ReadSide.verification(server, "last", options.jobTimeout());
        verificationRow("incremental, nothing new", "in proportion to new events", incremental);
        if (!incremental.done()) {
            restart("the incremental verification ran out of time");
        }
        return true;
    }

    private void rebuildRow(String processor, long rebuilt, String measured, String notes) {
        report.row(String.format("rebuild of %s, %,d events (-Xmx%s)", processor, rebuilt, options.xmx()), measured,
                "≥ 20,000 events/s", notes);
    }

    private void verificationRow(String kind, String goal, ReadSide.VerificationJob job) {
        report.row(String.format("verification job (%s), %,d events", kind, events),
                job.done() ? String.format("%.1f s", job.seconds()) : job.status() + ": " + job.detail(), goal,
                job.done() ? job.detail() + "; head " + job.headPosition() : "");
    }

    /** Stops the server (ending what it still runs) and starts another on the same copy. */
    /**
     * Starts the server on the copy with {@code ops/run-cds} (Class Data Sharing), takes its time to ready, and stops
     * it cleanly: the row beside {@code java -jar}'s. Empty when {@code ops/run-cds} would start another jar than this
     * run's, or when it fails (said in the report).
     */
    private OptionalDouble readyWithCds() {
        if (!Server.cdsStartsTheJar(options)) {
            report.detail(heading, "- time to ready with `ops/run-cds` not measured: it starts ops/target/peipao-ops.jar, "
                    + "and this run's jar is " + options.jar());
            return OptionalDouble.empty();
        }
        try {
            Bench.say("time to ready with ops/run-cds: making its class archive if the jar is newer (untimed)");
            Server.prepareCds(options);
            try (Server cds = Server.startWithCds(options, data, options.xmx(), List.of(), "dataset-read-cds")) {
                return OptionalDouble.of(cds.secondsToReady());
            }
        } catch (RuntimeException e) {
            report.detail(heading, "- time to ready with `ops/run-cds` not measured: " + e.getMessage());
            return OptionalDouble.empty();
        }
    }

    private void restart(String why) {
        if (!server.alive()) {
            return;
        }
        Bench.say("restarting the server: %s", why);
        Path profile = server.stopRecording(options, recording);
        oomBefore |= server.logMentions("OutOfMemoryError");
        server.close();
        restarts++;
        server = Server.start(options, data, options.xmx(), List.of(), "dataset-read-" + restarts);
        recording = "dataset-reads-" + restarts;
        server.startRecording(options, recording);
        report.detail(heading, String.format("- server restarted on the same copy (%s); ready in %.1f s%s", why,
                server.secondsToReady(), profile == null ? "" : "; the JFR profile until then: " + profile));
    }
}
