package org.peipao.ops.processors;

import java.util.List;

/**
 * One event processor as operators see it: where each segment stands, how far behind the event store it is
 * (in events and in seconds of the oldest event not yet handled), its recent rate, and for a replay its
 * progress (percent of the events up to where it began) and an estimate of the time left.
 */
public record ProcessorView(String name,
                            String type,
                            boolean running,
                            boolean error,
                            List<Segment> segments,
                            Long position,
                            long headPosition,
                            Lag lag,
                            boolean replaying,
                            Double progress,
                            Double eventsPerSecond,
                            Long secondsLeft) {

    public record Segment(int segment, Long position, boolean caughtUp, boolean replaying, boolean error) {
    }

    public record Lag(long events, double seconds) {
    }
}
