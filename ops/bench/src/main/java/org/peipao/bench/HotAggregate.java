package org.peipao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Many writers on one aggregate: a burst of concurrent milestones on one project, and one client in a loop. */
final class HotAggregate {

    /**
     * The burst: how many were answered (2xx) within the clients' timeout, how many were refused, how many clients
     * gave up, how long the last answer took, and how many milestones the event store holds afterwards (those
     * beyond the answered ones were stored after their client had given up).
     */
    record Burst(int sent, int answered, int answeredWithin5s, int refused, int gaveUp, double lastAnswerSeconds,
                 double p50, double p99, int stored, String refusals) {
    }

    /** The loop: milliseconds per command, one client, one project. */
    record Sequential(int commands, double msPerCommand, double p50, double p99, int refused) {
    }

    private HotAggregate() {
    }

    /** Registers a companion and a project and assigns one to the other: a project ready for milestones. */
    private static String project(Http http, String id) {
        String companion = id + "-lead";
        for (Commands.Command command : List.of(Commands.registerCompanion(companion, "TECH_BROKER", "AI"),
                Commands.registerProject(id, "AI", "GEEC-2025"),
                Commands.assign(id, companion, "LEAD", LocalDate.now().minusDays(400)))) {
            Http.Answer answer = http.post(command.path(), command.body());
            if (!answer.ok()) {
                throw new IllegalStateException(command.path() + " answered " + answer.status() + ": " + answer.body());
            }
        }
        return id;
    }

    static Burst burst(Http http, int concurrent, int timeoutSeconds) {
        String project = project(http, "hot-burst");
        LocalDate on = LocalDate.now().minusDays(100);
        CountDownLatch ready = new CountDownLatch(concurrent);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger within5s = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger gaveUp = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        Set<String> refusals = java.util.Collections.synchronizedSet(new HashSet<>());
        Histogram latency = Stats.latencies();
        List<Thread> threads = new ArrayList<>();
        long[] start = new long[1];
        for (int i = 0; i < concurrent; i++) {
            Commands.Command command = Commands.patent(project, "burst-" + i, on);
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                Http.Answer answer = http.post(command.path(), command.body(), Duration.ofSeconds(timeoutSeconds));
                if (answer.ok()) {
                    answered.incrementAndGet();
                    if (answer.nanos() <= TimeUnit.SECONDS.toNanos(5)) {
                        within5s.incrementAndGet();
                    }
                    Stats.record(latency, answer.nanos());
                    lastAnswer.accumulateAndGet(System.nanoTime() - start[0], Math::max);
                } else if (answer.status() == 0) {
                    gaveUp.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                    refusals.add(String.valueOf(answer.status()));
                }
            }, "hot-" + i);
            threads.add(thread);
            thread.start();
        }
        try {
            ready.await();
            start[0] = System.nanoTime();
            go.countDown();
            Host.joinAll(threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int stored = storedMilestones(http, project);
        return new Burst(concurrent, answered.get(), within5s.get(), refused.get(), gaveUp.get(), lastAnswer.get() / 1e9,
                Stats.millis(latency, 50), Stats.millis(latency, 99), stored, String.join(",", refusals));
    }

    /**
     * The milestones the event store holds for the project, once the stream has stopped growing (commands whose
     * clients gave up may still be queued in the server).
     */
    private static int storedMilestones(Http http, String project) {
        int previous = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (true) {
            Http.Answer answer = http.get("/api/v1/audit/streams/" + project + "/events");
            int count = 0;
            if (answer.ok()) {
                for (JsonNode event : answer.json().path("events")) {
                    if (event.path("type").asText().contains("MilestoneLogged")) {
                        count++;
                    }
                }
            }
            if (count == previous || System.nanoTime() > deadline) {
                return count;
            }
            previous = count;
            Server.sleep(3000);
        }
    }

    static Sequential sequential(Http http, int commands) {
        String project = project(http, "hot-loop");
        LocalDate on = LocalDate.now().minusDays(100);
        Histogram latency = Stats.latencies();
        int refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < commands; i++) {
            Commands.Command command = Commands.patent(project, "loop-" + i, on);
            Http.Answer answer = http.post(command.path(), command.body());
            if (answer.ok()) {
                Stats.record(latency, answer.nanos());
            } else {
                refused++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Sequential(commands, seconds * 1000 / commands, Stats.millis(latency, 50), Stats.millis(latency, 99),
                refused);
    }
}
