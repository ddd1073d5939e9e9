package org.peipao.bench;

import org.HdrHistogram.Histogram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The read-side rows on the data set: the dashboard's latency, with and without filters, and read-model rebuilds. */
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
        while (System.nanoTime() < deadline && server.alive()) {
            Server.sleep(200);
            Processors.View view;
            try {
                view = Processors.read(http).stream().filter(v -> v.name().equals(processor)).findFirst().orElseThrow();
            } catch (RuntimeException busy) {
                continue;
            }
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
                server.alive() ? "not done in " + timeoutSeconds + " s" : "the server died (see its log)");
    }
}
