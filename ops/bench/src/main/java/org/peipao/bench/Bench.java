package org.peipao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The benchmark of issue 14, run by ops/bench/run: starts the packaged server on fresh stores (embedded, then
 * PostgreSQL when reachable), warms it up, measures writes, the hot aggregate and the trivial endpoints; then
 * serves the kept data set with a capped heap and measures the dashboard and the rebuilds. Prints one row per figure
 * and writes the same as Markdown under ops/bench/results/.
 */
public final class Bench {

    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PG_USER = "postgres";

    private final Options options;
    private final Report report = new Report();
    /** How busy the rest of the machine was during each measured write window. */
    private final List<String> others = new ArrayList<>();

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = new Options(args);
            Dataset.requireKept(options);
        } catch (IllegalArgumentException e) {
            boolean help = e.getMessage().equals(Options.USAGE);
            (help ? System.out : System.err).print(e.getMessage());
            System.exit(help ? 0 : 2);
            return;
        }
        new Bench(options).run();
    }

    private void run() throws IOException {
        Files.createDirectories(options.work());
        boolean smoke = options.events() < 1_000_000 || options.warmup() < 180 || options.window() < 60;
        LocalDateTime started = LocalDateTime.now(ZoneOffset.UTC);
        report.header("date: " + started.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16) + " UTC");
        report.header("machine: " + Proc.machine());
        report.header("git commit: " + options.commit() + " (server revision " + options.serverRevision() + ")"
                + (options.datasetRevision().equals(options.serverRevision()) ? ""
                : "; data set built by server revision " + options.datasetRevision()));
        report.header("command: ops/bench/run " + options.commandLine());
        report.header(String.format("settings: %d clients, warm-up %d s, measured window %d s, data set %,d events, "
                        + "data-set server heap -Xmx%s, write servers' heap %s%s", options.clients(), options.warmup(),
                options.window(), options.events(), options.xmx(),
                options.writeXmx().isBlank() ? "the JVM's default" : "-Xmx" + options.writeXmx(),
                options.jvmOptions().isEmpty() ? "" : ", JVM options " + String.join(" ", options.jvmOptions())));
        report.header("load average at start: " + Proc.loadAverage());
        if (smoke) {
            report.header("**smoke run** (fewer than 1,000,000 events, or warm-up under 180 s, or window under 60 s): "
                    + "its figures check the harness, they are not the benchmark's result");
        }

        if (options.phase("embedded")) {
            String settings = RawInserts.hsqldbSettings(options.jar());
            say("raw inserts: HSQLDB (%s), %d s each", settings, options.raw());
            Path raw = options.work().resolve("raw-hsqldb");
            List<RawInserts.Rate> rates = RawInserts.hsqldb(raw, settings, options.raw(), options.clients());
            Host.deleteTree(raw);
            writes("embedded HSQLDB", List.of(), rates, "HSQLDB file, " + settings);
        }
        if (options.phase("postgres")) {
            if (options.pgDatabase().isBlank()) {
                report.detail("Skipped", "PostgreSQL: not reachable (`pg_isready -h 127.0.0.1 -p 5432` failed)");
            } else {
                String url = PG_URL + options.pgDatabase();
                say("raw inserts: PostgreSQL %s, %d s each", url, options.raw());
                List<RawInserts.Rate> rates = RawInserts.postgres(url, PG_USER, options.raw(), options.clients());
                writes("PostgreSQL", List.of("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + PG_USER), rates, "PostgreSQL, database " + options.pgDatabase()
                        + " (synchronous_commit as configured)");
            }
        }
        if (options.phase("dataset")) {
            dataset();
        }
        report.header("load average at end: " + Proc.loadAverage() + (others.isEmpty() ? ""
                : "; CPU used by other processes during the measured write windows: " + String.join(", ", others)));

        String text = report.text();
        System.out.println();
        System.out.println(text);
        Files.createDirectories(options.results());
        Path file = options.results().resolve(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + "-"
                + options.commit() + (smoke ? "-smoke" : "") + ".md");
        Files.writeString(file, report.markdown("Peipao benchmark (issue 14)" + (smoke ? ": smoke run" : "")));
        say("report written to %s; server logs under %s", file, options.work());
    }

    /** The write rows of one store: fresh data directory, warm-up, measured window, trivial endpoints, hot aggregate. */
    private void writes(String store, List<String> storeArgs, List<RawInserts.Rate> raw, String rawSettings) {
        String tag = store.startsWith("embedded") ? "embedded" : "postgres";
        Path data = options.work().resolve(tag + "-data");
        RawInserts.Rate raw1 = raw.get(0);
        RawInserts.Rate rawN = raw.get(raw.size() - 1);
        try (Server server = Server.start(options, data, options.writeXmx(), storeArgs, tag)) {
            Http http = server.http();
            double ready = server.secondsToReady();
            WriteMix.Window w = WriteMix.measure(options, server, tag + "-writes");
            say("trivial endpoint and one-document GET, %d s each", options.probe());
            GetLoad.Rate health = GetLoad.run(server, () -> http.getAnonymous("/actuator/health"), options.clients(),
                    options.probe());
            GetLoad.Rate document = GetLoad.run(server, () -> http.get("/api/v1/projects/w0-p0"), options.clients(),
                    options.probe());
            say("hot aggregate: %d concurrent milestones on one project", options.hot());
            HotAggregate.Burst burst = HotAggregate.burst(http, options.hot(), options.hotTimeout());
            // one client's latency, not the read side's backlog from the burst and the write window: start once the
            // processors have caught up, and say how long that took
            OptionalDouble catchUp = Processors.secondsToCatchUp(http, 300);
            say("hot aggregate: %d milestones, one client, one project", options.sequential());
            HotAggregate.Sequential loop = HotAggregate.sequential(http, options.sequential());

            others.add(String.format("%.2f cores (%s)", w.usage().othersCpu() / w.usage().seconds(), store));
            String clients = options.clients() + " clients";
            report.row("writes, " + store + ": commands/s (" + clients + ", realistic mix)",
                    String.format("%,.0f", w.commandsPerSecond()), "≥ 1,000",
                    String.format("%.1f%% of raw inserts (%d threads); %.1f%% of /actuator/health's rate",
                            100 * w.commandsPerSecond() / rawN.perSecond(), rawN.threads(),
                            100 * w.commandsPerSecond() / health.perSecond()));
            report.row("writes, " + store + ": latency p50 / p99", String.format("%.1f / %.1f ms", w.p50(), w.p99()),
                    "p99 ≤ 50 ms", String.format("p50 %.1f× /actuator/health's p50 (%.2f ms)",
                            w.p50() / health.p50(), health.p50()));
            report.row("writes, " + store + ": server CPU per command", String.format("%.2f ms", w.serverCpuMsPerCommand()),
                    "≤ 1.5 ms", String.format("%.1f× /actuator/health's (%.3f ms per request)",
                            w.serverCpuMsPerCommand() / health.serverCpuMsPerRequest(), health.serverCpuMsPerRequest()));
            report.row("writes, " + store + ": events/s (" + String.format("%.2f", (double) w.events() / w.commands())
                            + " per command)", String.format("%,.0f", w.events() / w.seconds()), "-",
                    String.format("%.1f%% of raw inserts (%d threads)", 100 * w.events() / w.seconds() / rawN.perSecond(),
                            rawN.threads()));
            report.row("projection lag under that load, " + store + ": p99 (worst processor)",
                    String.format("%,d events / %.2f s (%s)", w.lag().p99Events(), w.lag().p99Seconds(), w.lag().worst()),
                    "< 1 s", String.format("max %,d events / %.2f s", w.lag().maxEvents(), w.lag().maxSeconds()));
            report.row("raw single-row inserts, " + store + " (1 / " + rawN.threads() + " threads, JDBC)",
                    String.format("%,.0f / %,.0f rows/s", raw1.perSecond(), rawN.perSecond()), "reference", "");
            report.row("/actuator/health, " + store + " server (" + clients + ")",
                    String.format("%,.0f requests/s", health.perSecond()), "reference",
                    String.format("p50 %.2f ms, p99 %.2f ms", health.p50(), health.p99()));
            report.row("one-document GET, " + store + " server (" + clients + ")",
                    String.format("%,.0f requests/s", document.perSecond()), "reference",
                    String.format("%.0f%% of /actuator/health's rate", 100 * document.perSecond() / health.perSecond()));
            report.row("hot aggregate, " + store + ": " + burst.sent() + " concurrent milestones on one project",
                    String.format("%d in 5 s, %d in %d s (last %.1f s); %d refused, %d gave up; %d stored, %d of "
                                    + "them after their client gave up", burst.answeredWithin5s(),
                            burst.answered(), options.hotTimeout(), burst.lastAnswerSeconds(), burst.refused(), burst.gaveUp(), burst.stored(),
                            Math.max(0, burst.stored() - burst.answered())),
                    "all answered within 5 s", String.format("answer p50 %.0f ms, p99 %.0f ms", burst.p50(), burst.p99()));
            report.row("hot aggregate, " + store + ": one client, one project",
                    String.format("%.1f ms per command", loop.msPerCommand()), "≤ 5 ms",
                    String.format("p50 %.1f ms, p99 %.1f ms; %d refused; p50 %.1f× /actuator/health's; started when the"
                                    + " read models %s", loop.p50(), loop.p99(), loop.refused(), loop.p50() / health.p50(),
                            catchUp.isPresent() ? String.format("had caught up (%.1f s after the burst)",
                                    catchUp.getAsDouble()) : "had not caught up within 300 s"));
            report.row("time to ready, " + store + ", empty store", String.format("%.1f s", ready), "≤ 15 s",
                    "process start → /actuator/health UP");

            String heading = "Writes, " + store;
            report.detail(heading, String.format("- measured window: %.1f s after %d s of warm-up; %,d commands answered, "
                            + "%,d events stored (head of the event store)", w.seconds(), options.warmup(), w.commands(),
                    w.events()));
            report.detail(heading, "- CPU during the window: " + w.usage().cores() + " (others: everything else on "
                    + "the machine, e.g. other people's builds)");
            report.detail(heading, String.format("- latency mean %.1f ms; refused or failed commands over the whole run: %s",
                    w.mean(), w.failures()));
            report.detail(heading, "- raw inserts: " + rawSettings + "; " + raw.stream().map(r -> String.format(
                    "%d thread(s): %,d rows in %.1f s", r.threads(), r.rows(), r.seconds())).toList());
            w.lag().perProcessor().forEach((name, line) -> report.detail(heading, "- lag of " + name + ": " + line
                    + " (" + w.lag().samples() + " samples, one a second)"));
            report.detail(heading, String.format("- one-document GET p50 %.2f ms, p99 %.2f ms; server CPU %.3f ms per "
                    + "request", document.p50(), document.p99(), document.serverCpuMsPerRequest()));
            if (!burst.refusals().isEmpty()) {
                report.detail(heading, "- hot aggregate refusals (HTTP status): " + burst.refusals());
            }
            report.detail(heading, "- server log: " + server.log()
                    + (w.profile() == null ? "" : "; JFR profile of the measured window: " + w.profile()));
        } finally {
            if (!options.keep()) {
                Host.deleteTree(data);
            }
        }
    }

    /** The read-side rows on the kept data set, served with a capped heap; and how it grew. */
    private void dataset() {
        Dataset.Build build = Dataset.ensure(options);
        List<Dataset.Segment> tenths = build.segments();
        // the first tenths hold the JIT's warm-up: the growth is read from the first tenth that began after
        // --warmup seconds of load (the second one, if none did)
        Dataset.Segment first = tenths.get(Math.min(1, tenths.size() - 1));
        double began = 0;
        for (Dataset.Segment s : tenths) {
            if (began >= options.warmup() && s != tenths.get(tenths.size() - 1)) {
                first = s;
                break;
            }
            began += s.seconds();
        }
        Dataset.Segment last = tenths.get(tenths.size() - 1);
        Dataset.Segment worstLag = tenths.subList(tenths.indexOf(first), tenths.size()).stream()
                .max(Comparator.comparingDouble(Dataset.Segment::lagP99Seconds)).orElse(last);
        String when = "built " + build.builtAt().substring(0, 16) + " at commit " + build.commit();
        report.row(String.format("data set: %,d events through HTTP (%d clients)", build.events(), build.clients()),
                String.format("%,.0f events/s, %,.0f commands/s", build.events() / build.seconds(),
                        build.commands() / build.seconds()), "-", when);
        report.row(String.format("cost per event as the store grows (server CPU, %,d → %,d events vs the last tenth)",
                        first.fromEvents(), first.toEvents()),
                String.format("%.2f → %.2f ms per event (×%.2f)", first.cpuMsPerEvent(), last.cpuMsPerEvent(),
                        last.cpuMsPerEvent() / first.cpuMsPerEvent()), "flat",
                String.format("rate %,.0f → %,.0f events/s", first.eventsPerSecond(), last.eventsPerSecond()));
        report.row(String.format("projection lag while the store grew from %,d events: worst tenth's p99",
                        first.fromEvents()),
                String.format("%,d events / %.2f s (%s)", worstLag.lagP99Events(), worstLag.lagP99Seconds(),
                        worstLag.laggingMost()), "< 1 s",
                String.format("read models caught up %.0f s after the last write", build.catchUpSeconds()));
        String heading = String.format("Data set: %,d events", build.events());
        report.detail(heading, "- " + Dataset.directory(options) + ", " + when + " on " + build.machine() + "; "
                + String.format("%.0f s, %,d commands; refused: %s", build.seconds(), build.commands(), build.failures()));
        report.detail(heading, "\n| events | events/s | server CPU ms per event | lag p99 (events / s, processor) |\n"
                + "| --- | --- | --- | --- |");
        for (Dataset.Segment s : tenths) {
            report.detail(heading, String.format("| %,d → %,d | %,.0f | %.2f | %,d / %.2f s (%s) |", s.fromEvents(),
                    s.toEvents(), s.eventsPerSecond(), s.cpuMsPerEvent(), s.lagP99Events(), s.lagP99Seconds(),
                    s.laggingMost()));
        }

        Path data = options.work().resolve("dataset-data");
        Host.deleteTree(data);
        say("data set: copying it for this run");
        Dataset.copyTo(options, data);
        try {
            DatasetReads.measure(options, report, heading, data, build.events());
        } finally {
            if (!options.keep()) {
                Host.deleteTree(data);
            }
        }
    }

    static void say(String format, Object... args) {
        System.out.printf("[bench %s] %s%n", LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                String.format(format, args));
        System.out.flush();
    }
}
