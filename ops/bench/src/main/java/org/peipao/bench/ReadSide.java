package org.peipao.bench;

import org.HdrHistogram.Histogram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The read-side rows on the data set: the dashboard's latency, with and without filters, the auditor's KPIs as of past
 * instants, a verification job, and read-model rebuilds.
 */
final class ReadSide {

    /** The name of the trivial endpoint's line, measured in turn with the dashboard's as the reference. */
    static final String HEALTH = "/actuator/health (reference)";

    /** The dashboard queries measured: none, each filter of the issue, and a period. */
    static Map<String, String> dashboardQueries() {
        LocalDate today = LocalDate.now();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("no filter", "/api/v1/dashboard");
        queries.put("domain=AI", "/api/v1/dashboard?domain=AI");
        queries.put("district=" + Commands.DISTRICTS[0],
                "/api/v1/dashboard?district=" + URLEncoder.encode(Commands.DISTRICTS[0], StandardCharsets.UTF_8));
        queries.put("source=" + Commands.SOURCES[0], "/api/v1/dashboard?source=" + Commands.SOURCES[0]);
        queries.put("from=&to= (a year)", "/api/v1/dashboard?from=" + today.minusYears(1).withDayOfMonth(1) + "&to="
                + today.minusMonths(1));
        queries.put(HEALTH, "/actuator/health");
        return queries;
    }

    record Latency(String query, int requests, double p50, double p99, double max, int failures) {
    }

    /**
     * One client sends the queries in turn, {@code requests} of each (fewer if {@code maxSeconds} pass first), after
     * {@code warmupSeconds} of the same for the JIT: latency as one user sees it, the variants interleaved so that
     * none gets a quieter moment of the machine.
     */
    static List<Latency> dashboard(Http http, int warmupSeconds, int requests, int maxSeconds) {
        Map<String, String> queries = dashboardQueries();
        long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        while (System.nanoTime() < warmEnd) {
            for (String path : queries.values()) {
                get(http, path);
            }
        }
        Map<String, Histogram> histograms = new LinkedHashMap<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        queries.keySet().forEach(name -> {
            histograms.put(name, Stats.latencies());
            failures.put(name, 0);
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        int rounds = 0;
        for (; rounds < requests && (rounds == 0 || System.nanoTime() < end); rounds++) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                Http.Answer answer = get(http, query.getValue());
                if (answer.ok()) {
                    Stats.record(histograms.get(query.getKey()), answer.nanos());
                } else {
                    failures.merge(query.getKey(), 1, Integer::sum);
                    if (failures.get(query.getKey()) == 1) {
                        Bench.say("  %s answered %d: %s", query.getValue(), answer.status(), answer.body());
                    }
                }
            }
        }
        int finalRounds = rounds;
        return queries.keySet().stream().map(name -> {
            Histogram h = histograms.get(name);
            return new Latency(name, finalRounds, Stats.millis(h, 50), Stats.millis(h, 99), Stats.millis(h, 100),
                    failures.get(name));
        }).toList();
    }

    record AsOfLatency(int requests, double p50, double p95, double max, int failures, String firstFailure) {
    }

    /**
     * {@code requests} answers of {@code GET /api/v1/audit/dashboard?asOf=} (issue 13's goal: p95 within 2 s), one
     * client, at instants drawn uniformly (fixed seed) between the first and the last event's recording, cycling through
     * no filter and each filter of the dashboard rows, after {@code warmup} answers of the same kind that are not
     * measured (other instants of the same draw), so that the figures are those of a warm server rather than of its JIT
     * compiling the replay's code. (Up to "now" would put most instants after the last event of a data set built some
     * time before, where an answer replays only the few events since the last checkpoint.)
     */
    static AsOfLatency asOf(Http http, int warmup, int requests) {
        Http.Answer first = http.get("/api/v1/audit/events?limit=1");
        if (!first.ok()) {
            return new AsOfLatency(0, Double.NaN, Double.NaN, Double.NaN, 1, first.status() + ": " + first.body());
        }
        Instant from = Instant.parse(first.json().path("events").path(0).path("timestamp").asText());
        long head = Processors.head(http);
        Http.Answer last = http.get("/api/v1/audit/events?limit=1&after=" + Math.max(0, head - 1));
        if (!last.ok() || last.json().path("events").isEmpty()) {
            return new AsOfLatency(0, Double.NaN, Double.NaN, Double.NaN, 1, last.status() + ": " + last.body());
        }
        Instant to = Instant.parse(last.json().path("events").path(0).path("timestamp").asText());
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        List<String> filters = dashboardQueries().values().stream().filter(path -> path.startsWith("/api/v1/dashboard"))
                .filter(path -> !path.contains("from="))
                .map(path -> path.contains("?") ? "&" + path.substring(path.indexOf('?') + 1) : "").toList();
        Random random = new Random(13);
        Histogram histogram = Stats.latencies();
        int failures = 0;
        String firstFailure = null;
        for (int i = 0; i < warmup + requests; i++) {
            Instant at = from.plusMillis((long) (random.nextDouble() * span));
            Http.Answer answer = http.get("/api/v1/audit/dashboard?asOf=" + at + filters.get(i % filters.size()));
            if (i < warmup) {
                continue;
            }
            if (answer.ok()) {
                Stats.record(histogram, answer.nanos());
            } else if (failures++ == 0) {
                firstFailure = answer.status() + ": " + answer.body();
            }
        }
        return new AsOfLatency(requests, Stats.millis(histogram, 50), Stats.millis(histogram, 95),
                Stats.millis(histogram, 100), failures, firstFailure);
    }

    record VerificationJob(boolean done, double seconds, String status, long headPosition, String detail) {
    }

    /**
     * Starts a verification job ({@code POST /api/v1/audit/verifications}, {@code from=start} or {@code last}) and
     * polls it until it ends: the time from the request to its end, as the job's own progress reports it.
     */
    static VerificationJob verification(Server server, String from, int timeoutSeconds) {
        Http http = server.http();
        long started = System.nanoTime();
        Http.Answer answer = http.post("/api/v1/audit/verifications?from=" + from, "{}");
        if (answer.status() != 202) {
            return new VerificationJob(false, 0, "refused", 0, answer.status() + ": " + answer.body());
        }
        String id = answer.json().path("id").asText();
        long deadline = started + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long lastSaid = System.nanoTime();
        String reached = "no progress read";
        while (System.nanoTime() < deadline && server.alive()) {
            Server.sleep(200);
            Http.Answer run = http.get("/api/v1/audit/verifications/" + id);
            if (!run.ok()) {
                continue;
            }
            reached = String.format("%d%% done, about %s s left by its estimate", run.json().path("progress").asInt(),
                    run.json().path("etaSeconds").asText("?"));
            String status = run.json().path("status").asText();
            if (!status.equals("RUNNING")) {
                double seconds = (System.nanoTime() - started) / 1e9;
                String detail = status.equals("DONE")
                        ? "event log " + run.json().path("eventLog").path("status").asText("-") + ", read models "
                        + run.json().path("readModels").path("status").asText("-")
                        : run.json().path("reason").asText();
                return new VerificationJob(status.equals("DONE"), seconds, status,
                        run.json().path("headPosition").asLong(), detail);
            }
            if (System.nanoTime() - lastSaid > TimeUnit.SECONDS.toNanos(15)) {
                Bench.say("  verification %s: %d%%, about %s s left", id, run.json().path("progress").asInt(),
                        run.json().path("etaSeconds").asText("?"));
                lastSaid = System.nanoTime();
            }
        }
        return new VerificationJob(false, (System.nanoTime() - started) / 1e9, "RUNNING", 0,
                server.alive() ? "not done in " + timeoutSeconds + " s (" + reached + ")"
                        : "the server died (see its log)");
    }

    private static Http.Answer get(Http http, String path) {
        return path.startsWith("/actuator/") ? http.getAnonymous(path) : http.get(path);
    }

    record Rebuild(String processor, long events, double seconds, double eventsPerSecond, boolean done,
                   double peakRssMb, String failure) {
    }

    /**
     * Replays one read model and waits until it has handled the events up to the head it began at (when the server
     * switches readers to the rebuilt collections; Axon's replay flag stays up until a newer event arrives); the
     * rate is the events up to that head over the time from the request to then.
     */
    static Rebuild rebuild(Server server, String processor, int timeoutSeconds) {
        Http http = server.http();
        long head = Processors.head(http);
        long started = System.nanoTime();
        Http.Answer answer = http.post("/api/v1/admin/processors/" + processor + "/replay", "{}");
        if (!answer.ok()) {
            return new Rebuild(processor, head, 0, 0, false, Double.NaN,
                    "replay answered " + answer.status() + ": " + answer.body());
        }
        long deadline = started + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long lastSaid = System.nanoTime();
        long reached = 0;
        while (System.nanoTime() < deadline && server.alive()) {
            Server.sleep(200);
            Processors.View view;
            try {
                view = Processors.read(http).stream().filter(v -> v.name().equals(processor)).findFirst().orElseThrow();
            } catch (RuntimeException busy) {
                continue;
            }
            reached = view.position();
            if (view.position() >= head) {
                double seconds = (System.nanoTime() - started) / 1e9;
                return new Rebuild(processor, head, seconds, head / seconds, true,
                        Proc.statusMegabytes(server.pid(), "VmHWM"), null);
            }
            if (System.nanoTime() - lastSaid > TimeUnit.SECONDS.toNanos(15)) {
                Bench.say("  %s: %,d of %,d events", processor, view.position(), head);
                lastSaid = System.nanoTime();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Rebuild(processor, head, seconds, 0, false, Proc.statusMegabytes(server.pid(), "VmHWM"),
                server.alive() ? String.format("not done in %d s: %,d of %,d events, %,.0f events/s so far",
                        timeoutSeconds, reached, head, reached / seconds) : "the server died (see its log)");
    }
}
