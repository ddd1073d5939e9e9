import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes events through the HTTP API as fast as a few threads can: each companion costs four commands
 * (register, honour, suspend, reinstate), so N companions store 4N events. Prints progress and the rate.
 *
 * Usage: java LoadGen.java <baseUrl> <user> <password> <companions> [threads]
 */
public class LoadGen {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int companions = Integer.parseInt(args[3]);
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < companions; i = next.getAndIncrement()) {
                    String id = "bench-" + i;
                    String[][] steps = {
                            {"POST", "/api/v1/companions", "{\"id\":\"" + id + "\",\"name\":\"Companion " + i
                                    + "\",\"kind\":\"TECH_BROKER\",\"organisation\":\"Benchmark Org\",\"domains\":[\"AI\"]}"},
                            {"POST", "/api/v1/companions/" + id + "/honours", "{\"title\":\"Gold Companion\",\"year\":2025}"},
                            {"POST", "/api/v1/companions/" + id + "/suspension", "{\"reason\":\"benchmark\"}"},
                            {"DELETE", "/api/v1/companions/" + id + "/suspension", null}};
                    for (String[] step : steps) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + step[1]))
                                .header("Authorization", auth).header("Content-Type", "application/json");
                        request = step[2] == null ? request.DELETE()
                                : request.method(step[0], HttpRequest.BodyPublishers.ofString(step[2]));
                        try {
                            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status < 300) {
                                long n = events.incrementAndGet();
                                if (n % 10_000 == 0) {
                                    double seconds = (System.nanoTime() - started) / 1e9;
                                    System.out.printf("%,d events (%.0f%%), %.0f commands/s%n", n,
                                            100.0 * n / (4.0 * companions), n / seconds);
                                }
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("done: %,d events in %.1f s (%.0f commands/s with %d threads), %d failed%n",
                events.get(), seconds, events.get() / seconds, threads, failures.get());
    }
}
