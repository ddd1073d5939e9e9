package org.peipao.server.admin;

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

    /** Records a position and answers the rate since the oldest sample in the window ({@code null}: too soon). */
    Double sample(String processor, long position, Instant now) {
        Deque<Sample> history = samples.computeIfAbsent(processor, name -> new ArrayDeque<>());
        synchronized (history) {
            if (!history.isEmpty() && position < history.peekLast().position()) {
                history.clear(); // the processor went back (a replay began): the rate starts anew
            }
            history.addLast(new Sample(now, position));
            while (history.size() > 2 && history.peekFirst().at().isBefore(now.minus(WINDOW))) {
                history.removeFirst();
            }
            Sample oldest = history.peekFirst();
            double seconds = Duration.between(oldest.at(), now).toMillis() / 1000.0;
            if (seconds < 1) {
                return null;
            }
            return (position - oldest.position()) / seconds;
        }
    }
}
