package org.peipao.bench;

import org.HdrHistogram.Histogram;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.function.LongPredicate;

/**
 * The realistic write mix: each client, on its own thread, follows projects from registration to landing, one
 * story after another. A story registers a project and an enterprise's challenge (and, every fourth story, the
 * companion who leads four projects), assigns the companion, matches the challenge, logs and verifies the solved
 * problem (the solving process then marks the challenge solved), logs and verifies a financing round and records
 * the landing: 10.25 commands and about 12.25 events per story, spread over domains, sources, districts, kinds
 * and two years of business dates. A refused command ends its story; the next one begins.
 */
final class WriteMix {

    private final Http http;
    private final int clients;
    private final String prefix;
    private final LocalDate today = LocalDate.now();

    private volatile boolean stopped;
    private volatile boolean recording;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong recorded = new AtomicLong();
    private final Map<Integer, AtomicLong> failures = new ConcurrentHashMap<>();
    private final Histogram latency = Stats.latencies();
    private final LongAccumulator position = new LongAccumulator(Math::max, 0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile String lastFailure = "";

    /** {@code prefix} keeps the ids of two runs on one server apart. */
    WriteMix(Http http, int clients, String prefix) {
        this.http = http;
        this.clients = clients;
        this.prefix = prefix;
    }

    /** Starts the clients; they write until {@link #stop} or until the event store's head reaches {@code until}. */
    WriteMix start(LongPredicate until) {
        for (int t = 0; t < clients; t++) {
            int client = t;
            Thread thread = new Thread(() -> client(client, until), "writer-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    private void client(int t, LongPredicate until) {
        for (int k = 0; !stopped && !until.test(position.get()); k++) {
            story(t, k);
        }
    }

    private void story(int t, int k) {
        String c = prefix + t + "-c" + (k / 4);
        String p = prefix + t + "-p" + k;
        String ch = prefix + t + "-ch" + k;
        int spread = k * 37 + t * 11;
        String domain = Commands.DOMAINS[spread % Commands.DOMAINS.length];
        LocalDate since = today.minusDays(60 + spread % 700);
        List<Commands.Command> steps = new ArrayList<>(11);
        if (k % 4 == 0) {
            steps.add(Commands.registerCompanion(c, Commands.KINDS[(k / 4 + t) % Commands.KINDS.length], domain));
        }
        steps.add(Commands.registerProject(p, domain, Commands.SOURCES[spread % Commands.SOURCES.length]));
        steps.add(Commands.postChallenge(ch, "Enterprise " + spread % 500, domain));
        steps.add(Commands.assign(p, c, "LEAD", since));
        steps.add(Commands.match(ch, p, c));
        steps.add(Commands.problemSolved(p, "m1", since.plusDays(10), ch));
        steps.add(Commands.verify(p, "m1"));
        steps.add(Commands.financing(p, "m2", since.plusDays(20), 1_000_000L + spread * 1000L));
        steps.add(Commands.verify(p, "m2"));
        steps.add(Commands.landing(p, "l1", Commands.DISTRICTS[spread % Commands.DISTRICTS.length],
                Commands.FORMS[spread % Commands.FORMS.length], 10_000_000L + spread * 10_000L, since.plusDays(30)));
        for (Commands.Command step : steps) {
            if (stopped || !send(step)) {
                return;
            }
        }
    }

    private boolean send(Commands.Command command) {
        Http.Answer answer = http.post(command.path(), command.body());
        boolean counted = recording;
        if (answer.position() != null) {
            position.accumulate(Long.parseLong(answer.position()));
        }
        if (answer.ok()) {
            answered.incrementAndGet();
            if (counted) {
                recorded.incrementAndGet();
                Stats.record(latency, answer.nanos());
            }
            return true;
        }
        failures.computeIfAbsent(answer.status(), s -> new AtomicLong()).incrementAndGet();
        lastFailure = answer.status() + " " + command.path() + ": "
                + answer.body().substring(0, Math.min(300, answer.body().length()));
        return false;
    }

    /** From now on, answers are counted and their latencies recorded. */
    void record(boolean on) {
        recording = on;
    }

    long answered() {
        return answered.get();
    }

    long recorded() {
        return recorded.get();
    }

    Histogram latency() {
        return latency;
    }

    /**
     * The highest global position seen so far: in a write's {@code Peipao-Position} header (API.md; not every
     * server answers it) or from the event store's head, polled with {@link #observe}.
     */
    long position() {
        return position.get();
    }

    void observe(long head) {
        position.accumulate(head);
    }

    /** Refused or failed commands by HTTP status (0: no answer), and the latest one's answer. */
    String failures() {
        if (failures.isEmpty()) {
            return "none";
        }
        Map<Integer, Long> sorted = new TreeMap<>();
        failures.forEach((status, n) -> sorted.put(status, n.get()));
        return sorted + "; latest: " + lastFailure;
    }

    long failureCount() {
        return failures.values().stream().mapToLong(AtomicLong::get).sum();
    }

    boolean running() {
        return threads.stream().anyMatch(Thread::isAlive);
    }

    void stop() {
        stopped = true;
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(120));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The figures of one measured window of write load. */
    record Window(long commands, double seconds, double commandsPerSecond, double p50, double p99, double mean,
                  double serverCpuMsPerCommand, long events, Proc.Usage usage, Processors.LagSummary lag,
                  String failures, Path profile) {
    }

    /**
     * Warms the server up with the mix for {@code warmup} seconds, then measures it for {@code window} seconds:
     * commands answered, latencies, server CPU and the processors' lag over that window only.
     */
    static Window measure(Options options, Server server, String recording) {
        int clients = options.clients();
        int warmup = options.warmup();
        int window = options.window();
        String prefix = "w";
        Http http = server.http();
        WriteMix mix = new WriteMix(http, clients, prefix).start(position -> false);
        try (Processors.LagSampler lag = new Processors.LagSampler(http)) {
            Bench.say("write mix: %d clients, warm-up %d s", clients, warmup);
            progress(mix, warmup);
            lag.reset();
            long head0 = Processors.head(http);
            Proc.Window cpu = Proc.Window.start(server.pid());
            server.startRecording(options, recording);
            mix.record(true);
            Bench.say("write mix: measuring %d s", window);
            progress(mix, window);
            mix.record(false);
            Proc.Usage usage = cpu.end();
            Path profile = server.stopRecording(options, recording);
            long events = Processors.head(http) - head0;
            Processors.LagSummary lagSummary = Processors.LagSummary.of(lag.snapshot());
            mix.stop();
            long commands = mix.recorded();
            return new Window(commands, usage.seconds(), commands / usage.seconds(), Stats.millis(mix.latency, 50),
                    Stats.millis(mix.latency, 99), Stats.meanMillis(mix.latency),
                    commands == 0 ? Double.NaN : usage.serverCpu() * 1000 / commands, events, usage, lagSummary,
                    mix.failures(), profile);
        } finally {
            mix.stop();
        }
    }

    /** Sleeps {@code seconds}, saying every 10 s how many commands were answered. */
    private static void progress(WriteMix mix, int seconds) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long before = mix.answered();
        long mark = System.nanoTime();
        while (System.nanoTime() < end) {
            Server.sleep(Math.min(10_000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
            long now = mix.answered();
            double elapsed = (System.nanoTime() - mark) / 1e9;
            mix.observe(Processors.head(mix.http));
            Bench.say("  %,d commands answered, %.0f commands/s, %,d events stored, refused %d", now,
                    (now - before) / elapsed, mix.position(), mix.failureCount());
            before = now;
            mark = System.nanoTime();
        }
    }
}
