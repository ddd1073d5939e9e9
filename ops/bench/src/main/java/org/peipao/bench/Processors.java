package org.peipao.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/** {@code GET /api/v1/admin/processors}: where each event processor stands against the head of the event store. */
final class Processors {

    /** One tracking processor as the server reports it. */
    record View(String name, long position, long head, long lagEvents, double lagSeconds, boolean replaying,
                boolean running, boolean error) {
    }

    private Processors() {
    }

    static List<View> read(Http http) {
        Http.Answer answer = http.get("/api/v1/admin/processors");
        if (!answer.ok()) {
            throw new IllegalStateException("GET /api/v1/admin/processors answered " + answer.status() + ": "
                    + answer.body());
        }
        List<View> views = new ArrayList<>();
        for (JsonNode p : answer.json()) {
            if (!"tracking".equals(p.path("type").asText())) {
                continue;
            }
            views.add(new View(p.path("name").asText(), p.path("position").asLong(-1), p.path("headPosition").asLong(),
                    p.path("lag").path("events").asLong(), p.path("lag").path("seconds").asDouble(),
                    p.path("replaying").asBoolean(), p.path("running").asBoolean(), p.path("error").asBoolean()));
        }
        return views;
    }

    /** The head of the event store: the global position of its last event, which counts the events stored. */
    static long head(Http http) {
        Http.Answer answer = http.get("/api/v1/admin/processors");
        if (!answer.ok()) {
            throw new IllegalStateException("GET /api/v1/admin/processors answered " + answer.status() + ": "
                    + answer.body());
        }
        for (JsonNode p : answer.json()) {
            return p.path("headPosition").asLong();
        }
        return 0;
    }

    /** How long a processor may stay in error (Axon retries it meanwhile) before a wait gives up on the server. */
    static final long STUCK_SECONDS = 120;

    /**
     * Waits until every tracking processor has handled every stored event (at most {@code seconds}).
     *
     * @throws IllegalStateException when a processor has been in error for {@value #STUCK_SECONDS} s without moving:
     *                               it will not catch up (the server's log says why)
     */
    static boolean awaitCaughtUp(Http http, int seconds) {
        return awaitCaughtUp(http, seconds, () -> { });
    }

    /** {@link #awaitCaughtUp(Http, int)}, running {@code eachPoll} (which may throw to give up) at every poll. */
    static boolean awaitCaughtUp(Http http, int seconds, Runnable eachPoll) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Map<String, long[]> inError = new LinkedHashMap<>(); // name -> {since (nanos), position then}
        while (System.nanoTime() < deadline) {
            eachPoll.run();
            List<View> views = read(http);
            if (views.stream().allMatch(v -> v.lagEvents() == 0 && !v.replaying())) {
                return true;
            }
            long now = System.nanoTime();
            for (View view : views) {
                long[] since = inError.get(view.name());
                if (!view.error() || (since != null && since[1] != view.position())) {
                    inError.remove(view.name());
                } else if (since == null) {
                    inError.put(view.name(), new long[] {now, view.position()});
                } else if (now - since[0] > TimeUnit.SECONDS.toNanos(STUCK_SECONDS)) {
                    throw new IllegalStateException("processor " + view.name() + " has been in error at position "
                            + view.position() + " for " + STUCK_SECONDS + " s; see the server's log");
                }
            }
            Server.sleep(250);
        }
        return false;
    }

    /** The seconds until every processor had caught up ({@link #awaitCaughtUp}); empty if not within {@code seconds}. */
    static OptionalDouble secondsToCatchUp(Http http, int seconds) {
        long started = System.nanoTime();
        return awaitCaughtUp(http, seconds) ? OptionalDouble.of((System.nanoTime() - started) / 1e9)
                : OptionalDouble.empty();
    }

    /**
     * Samples every processor's lag once a second while a load runs, from its own thread; {@link #stop} answers
     * the samples, per processor.
     */
    static final class LagSampler implements AutoCloseable {

        private final Http http;
        private final Map<String, List<View>> samples = Collections.synchronizedMap(new LinkedHashMap<>());
        private final Thread thread;
        private volatile boolean running = true;
        private volatile View latest;

        LagSampler(Http http) {
            this.http = http;
            this.thread = new Thread(this::sample, "lag-sampler");
            this.thread.setDaemon(true);
            this.thread.start();
        }

        private void sample() {
            while (running) {
                long next = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                try {
                    for (View view : read(http)) {
                        samples.computeIfAbsent(view.name(), n -> Collections.synchronizedList(new ArrayList<>()))
                                .add(view);
                        latest = view;
                    }
                } catch (RuntimeException e) {
                    // a sample missed (server busy or stopping): the next one counts
                }
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        /** The head position seen by the latest sample (0 before the first). */
        long latestHead() {
            View view = latest;
            return view == null ? 0 : view.head();
        }

        /** Drops the samples taken so far (the warm-up's), keeps sampling. */
        void reset() {
            samples.clear();
        }

        Map<String, List<View>> snapshot() {
            synchronized (samples) {
                Map<String, List<View>> copy = new LinkedHashMap<>();
                samples.forEach((name, list) -> {
                    synchronized (list) {
                        copy.put(name, List.copyOf(list));
                    }
                });
                return copy;
            }
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** p99 and maximum of the lag samples of every processor, and which processor lagged most. */
    record LagSummary(int samples, long p99Events, double p99Seconds, long maxEvents, double maxSeconds,
                      String worst, Map<String, String> perProcessor) {

        static LagSummary of(Map<String, List<View>> samples) {
            long p99Events = 0;
            double p99Seconds = 0;
            long maxEvents = 0;
            double maxSeconds = 0;
            String worst = "-";
            int count = 0;
            Map<String, String> per = new LinkedHashMap<>();
            for (Map.Entry<String, List<View>> e : samples.entrySet()) {
                List<View> list = e.getValue();
                if (list.isEmpty()) {
                    continue;
                }
                count = Math.max(count, list.size());
                long pe = Stats.percentile(list.stream().mapToDouble(View::lagEvents).toArray(), 99).longValue();
                double ps = Stats.percentile(list.stream().mapToDouble(View::lagSeconds).toArray(), 99);
                long me = list.stream().mapToLong(View::lagEvents).max().orElse(0);
                double ms = list.stream().mapToDouble(View::lagSeconds).max().orElse(0);
                per.put(e.getKey(), String.format("p99 %,d events / %.2f s, max %,d / %.2f s", pe, ps, me, ms));
                if (ps > p99Seconds || (ps == p99Seconds && pe > p99Events)) {
                    worst = e.getKey();
                }
                p99Events = Math.max(p99Events, pe);
                p99Seconds = Math.max(p99Seconds, ps);
                maxEvents = Math.max(maxEvents, me);
                maxSeconds = Math.max(maxSeconds, ms);
            }
            return new LagSummary(count, p99Events, p99Seconds, maxEvents, maxSeconds, worst, per);
        }
    }
}
