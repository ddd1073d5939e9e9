package org.peipao.ops.processors;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What an operator reads of a replay: its progress, its rate and the time it has left. */
class ProcessorStatusTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-11-16T08:00:00Z"));
    private final StreamingEventProcessor dashboard = mock(StreamingEventProcessor.class);
    private final EventTrackerStatus segment = mock(EventTrackerStatus.class);
    private ProcessorStatus status;

    @BeforeEach
    void setUp() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("dashboard", dashboard));
        when(dashboard.getName()).thenReturn("dashboard");
        when(dashboard.isRunning()).thenReturn(true);
        when(dashboard.processingStatus()).thenReturn(Map.of(0, segment));
        when(segment.getSegment()).thenReturn(Segment.ROOT_SEGMENT);
        EventStorageEngine events = mock(EventStorageEngine.class);
        when(events.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(1000));
        when(events.readEvents(any(), anyBoolean())).thenAnswer(call -> Stream.empty());
        status = new ProcessorStatus(processing, events, clock);
    }

    @Test
    void aCaughtUpProcessorHasNoLagAndIsNotReplaying() {
        at(1000, false, OptionalLong.empty());

        ProcessorView view = status.all().get(0);

        assertThat(view.lag().events()).isZero();
        assertThat(view.replaying()).isFalse();
        assertThat(view.progress()).isNull();
        assertThat(view.secondsLeft()).isNull();
    }

    @Test
    void aReplayShowsItsProgressRateAndTimeLeft() {
        at(1000, false, OptionalLong.empty());
        status.all(); // seen caught up before the replay
        clock.advance(Duration.ofSeconds(5));
        at(0, true, OptionalLong.of(1000));
        assertThat(status.all().get(0).eventsPerSecond()).as("the replay has just begun").isNull();

        clock.advance(Duration.ofSeconds(10));
        at(250, true, OptionalLong.of(1000));
        ProcessorView view = status.all().get(0);

        assertThat(view.replaying()).isTrue();
        assertThat(view.progress()).isEqualTo(25.0);
        assertThat(view.eventsPerSecond()).isEqualTo(25.0);
        assertThat(view.secondsLeft()).isEqualTo(30L);
        assertThat(view.lag().events()).isEqualTo(750);
    }

    @Test
    void aReplayThatHasHandledTheEventItWasResetAtIsDoneThoughAxonStillSaysReplaying() {
        at(999, true, OptionalLong.of(1000));
        ProcessorView last = status.all().get(0);
        assertThat(last.replaying()).isTrue();
        assertThat(last.segments().get(0).replaying()).isTrue();
        assertThat(last.progress()).isEqualTo(99.9);

        // Axon's replay token ends only at the first event past position 1000; on an idle store none comes
        at(1000, true, OptionalLong.of(1000));
        ProcessorView done = status.all().get(0);

        assertThat(done.replaying()).isFalse();
        assertThat(done.segments().get(0).replaying()).isFalse();
        assertThat(done.progress()).isNull();
    }

    @Test
    void aProcessorReplaysUntilItsLastSegmentHasHandledTheEventItWasResetAt() {
        at(1000, true, OptionalLong.of(1000)); // segment 0 of 2: done
        EventTrackerStatus behind = mock(EventTrackerStatus.class);
        when(behind.getSegment()).thenReturn(Segment.ROOT_SEGMENT.split()[1]);
        when(behind.getCurrentPosition()).thenReturn(OptionalLong.of(400));
        when(behind.isReplaying()).thenReturn(true);
        when(behind.getResetPosition()).thenReturn(OptionalLong.of(1000));
        when(behind.getTrackingToken()).thenReturn(new GlobalSequenceTrackingToken(400));
        when(dashboard.processingStatus()).thenReturn(Map.of(0, segment, 1, behind));

        ProcessorView view = status.all().get(0);

        assertThat(view.replaying()).isTrue();
        assertThat(view.segments()).extracting(ProcessorView.Segment::replaying).containsExactly(false, true);
        assertThat(view.progress()).isEqualTo(40.0);
    }

    @Test
    void aPositionSeenBeforeOneAlreadyRecordedDoesNotResetTheRate() {
        Rates rates = new Rates();
        Instant start = Instant.parse("2025-11-16T08:00:00Z");
        rates.sample("dashboard", 100, start);
        assertThat(rates.sample("dashboard", 600, start.plusSeconds(10))).isEqualTo(50.0);
        // a caller that read position 550 at +9 s records it after the one that read 600 at +10 s
        assertThat(rates.sample("dashboard", 550, start.plusSeconds(9))).isEqualTo(50.0);
        assertThat(rates.sample("dashboard", 1100, start.plusSeconds(20))).isEqualTo(50.0);
    }

    private void at(long position, boolean replaying, OptionalLong resetPosition) {
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        when(segment.isReplaying()).thenReturn(replaying);
        when(segment.getResetPosition()).thenReturn(resetPosition);
        when(segment.isCaughtUp()).thenReturn(!replaying);
        when(segment.getTrackingToken()).thenReturn(new GlobalSequenceTrackingToken(position));
    }
}
