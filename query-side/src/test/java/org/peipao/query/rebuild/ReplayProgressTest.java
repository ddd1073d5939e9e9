package org.peipao.query.rebuild;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The rule that ends a replay: the position the reset happened at, not Axon's replay flag. */
class ReplayProgressTest {

    @Test
    void aSegmentBeforeItsResetPositionIsStillReplaying() {
        assertThat(ReplayProgress.pending(segment(true, 999, 1000))).isTrue();
    }

    @Test
    void aSegmentAtItsResetPositionIsDoneThoughAxonStillFlagsTheReplay() {
        assertThat(ReplayProgress.pending(segment(true, 1000, 1000))).isFalse();
    }

    @Test
    void aSegmentThatIsNotReplayingHasNothingPending() {
        assertThat(ReplayProgress.pending(segment(false, 10, 1000))).isFalse();
    }

    @Test
    void aReplayWithoutAResetPositionIsNeverDone() {
        EventTrackerStatus segment = segment(true, 5000, 0);
        when(segment.getResetPosition()).thenReturn(OptionalLong.empty());
        assertThat(ReplayProgress.pending(segment)).isTrue();
    }

    @Test
    void aSegmentWithoutAPositionHasHandledNothingOfItsReplay() {
        EventTrackerStatus segment = segment(true, 0, 0);
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.empty());
        assertThat(ReplayProgress.pending(segment)).isTrue();
    }

    private static EventTrackerStatus segment(boolean replaying, long position, long reset) {
        EventTrackerStatus segment = mock(EventTrackerStatus.class);
        when(segment.isReplaying()).thenReturn(replaying);
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        when(segment.getResetPosition()).thenReturn(OptionalLong.of(reset));
        return segment;
    }
}
