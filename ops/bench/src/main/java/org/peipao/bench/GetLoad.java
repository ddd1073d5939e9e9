package org.peipao.bench;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** A closed loop of reads: each client sends its next request when the last one is answered. */
final class GetLoad {

    record Rate(long requests, double seconds, double perSecond, double p50, double p99, long failures,
                double serverCpuMsPerRequest) {
    }

    private GetLoad() {
    }

    static Rate run(Server server, Supplier<Http.Answer> request, int clients, int seconds) {
        Histogram latency = Stats.latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Proc.Window cpu = Proc.Window.start(server.pid());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Http.Answer answer = request.get();
                    if (answer.ok()) {
                        ok.incrementAndGet();
                        Stats.record(latency, answer.nanos());
                    } else {
                        failed.incrementAndGet();
                    }
                }
            }, "reader-" + t);
            threads.add(thread);
            thread.start();
        }
        Host.joinAll(threads);
        Proc.Usage usage = cpu.end();
        return new Rate(ok.get(), usage.seconds(), ok.get() / usage.seconds(), Stats.millis(latency, 50),
                Stats.millis(latency, 99), failed.get(), usage.serverCpu() * 1000 / Math.max(1, ok.get()));
    }
}
