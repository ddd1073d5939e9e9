package org.peipao.ops.processors;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.peipao.query.rebuild.ReplayProgress;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Reads the state of every event processor of this process against the head of the event store. */
@Component
class ProcessorStatus {

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final Clock clock;
    private final Rates rates = new Rates();

    ProcessorStatus(EventProcessingConfiguration processing, EventStorageEngine events, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.clock = clock;
    }

    List<ProcessorView> all() {
        long head = headPosition();
        return processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> view(processor, head))
                .toList();
    }

    Optional<ProcessorView> find(String name) {
        long head = headPosition();
        return processing.eventProcessor(name).map(processor -> view(processor, head));
    }

    long headPosition() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private ProcessorView view(EventProcessor processor, long head) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorView(processor.getName(), "subscribing", processor.isRunning(), processor.isError(),
                    List.of(), null, head, new ProcessorView.Lag(0, 0), false, null, null, null);
        }
        Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
        Instant seen = clock.instant();
        List<ProcessorView.Segment> segments = status.values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(s -> new ProcessorView.Segment(s.getSegment().getSegmentId(), boxed(s.getCurrentPosition()),
                        s.isCaughtUp(), ReplayProgress.pending(s), s.isErrorState()))
                .toList();
        Optional<EventTrackerStatus> slowest = status.values().stream()
                .min(Comparator.comparingLong(s -> s.getCurrentPosition().orElse(-1)));
        Long position = slowest.map(s -> boxed(s.getCurrentPosition())).orElse(null);
        boolean replaying = status.values().stream().anyMatch(ReplayProgress::pending);
        boolean error = processor.isError() || status.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        long behind = position == null ? head : Math.max(0, head - position);
        double seconds = behind == 0 ? 0 : slowest.map(s -> secondsBehind(s.getTrackingToken())).orElse(0.0);
        Double rate = position == null ? null : rates.sample(processor.getName(), position, seen);
        Long secondsLeft = null;
        if (replaying && rate != null && rate > 0) {
            long target = status.values().stream().mapToLong(s -> s.getResetPosition().orElse(0)).max().orElse(0);
            secondsLeft = Math.max(0, Math.round((target - position) / rate));
        }
        return new ProcessorView(processor.getName(), "tracking", processor.isRunning(), error, segments, position, head,
                new ProcessorView.Lag(behind, seconds), replaying, replaying ? progress(status.values()) : null, rate,
                secondsLeft);
    }

    /** The age of the oldest event the processor has not handled yet. */
    private double secondsBehind(TrackingToken token) {
        try (Stream<? extends TrackedEventMessage<?>> next = events.readEvents(token, false)) {
            return next.findFirst()
                    .map(event -> Math.max(0, Duration.between(event.getTimestamp(), clock.instant()).toMillis() / 1000.0))
                    .orElse(0.0);
        }
    }

    /**
     * How much of a replay is done, in percent: the position reached over the position the reset happened at, for
     * the segments still replaying ({@link ReplayProgress#pending}).
     */
    private static Double progress(java.util.Collection<EventTrackerStatus> segments) {
        return segments.stream().filter(ReplayProgress::pending)
                .map(s -> {
                    long reset = s.getResetPosition().orElse(0);
                    long current = s.getCurrentPosition().orElse(0);
                    return reset <= 0 ? 100.0 : Math.min(100.0, 100.0 * current / reset);
                })
                .min(Double::compare).orElse(null);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
