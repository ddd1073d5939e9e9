package org.peipao.ops.processors;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Events per second of each processor over the last minute, from the positions seen each time it is asked. */
class Rates {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private record Sample(Instant at, long position) {
    }

    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();

    /**
     * Records the position seen at {@code now} and answers the rate since the oldest sample in the window
     * ({@code null}: too soon).
     */
    Double sample(String processor, long position, Instant now) {
        Deque<Sample> history = samples.computeIfAbsent(processor, name -> new ArrayDeque<>());
        synchronized (history) {
            if (!history.isEmpty() && now.isBefore(history.peekLast().at())) {
                return rate(history); // seen before a sample already recorded (two callers at once): nothing new
            }
            if (!history.isEmpty() && position < history.peekLast().position()) {
                history.clear(); // the processor went back (a replay began): the rate starts anew
            }
            history.addLast(new Sample(now, position));
            while (history.size() > 2 && history.peekFirst().at().isBefore(now.minus(WINDOW))) {
                history.removeFirst();
            }
            return rate(history);
        }
    }

    private static Double rate(Deque<Sample> history) {
        Sample oldest = history.peekFirst();
        Sample newest = history.peekLast();
        double seconds = Duration.between(oldest.at(), newest.at()).toMillis() / 1000.0;
        return seconds < 1 ? null : (newest.position() - oldest.position()) / seconds;
    }
}
