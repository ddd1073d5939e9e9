package org.peipao.query.rebuild;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The rule that ends a replay: the position the reset happened at, not Axon's replay flag. The segments are Axon's
 * own statuses of Axon's own tokens, advanced as a tracking processor advances them: a reset at position 10 of a log
 * whose position 5 was a gap then (a transaction not yet committed, or rolled back, when the reset happened).
 */
class ReplayProgressTest {

    private static final TrackingToken AT_RESET = GapAwareTrackingToken.newInstance(10, Set.of(5L));
    private static final TrackingToken REPLAY = ReplayToken.createReplayToken(AT_RESET, null);

    @Test
    void aReplayThatHasHandledNothingYetIsPending() {
        assertThat(ReplayProgress.pending(status(REPLAY))).isTrue();
    }

    @Test
    void aSegmentBeforeItsResetPositionIsStillReplaying() {
        EventTrackerStatus segment = status(replayed(4));
        assertThat(segment.isReplaying()).isTrue();
        assertThat(ReplayProgress.pending(segment)).isTrue();
    }

    @Test
    void anEventThatWasAGapAtTheResetLowersAxonsFlagButTheReplayIsStillPending() {
        EventTrackerStatus segment = status(replayed(4, 5));
        assertThat(segment.isReplaying()).as("Axon: this event was not handled before the reset").isFalse();
        assertThat(segment.getCurrentPosition()).hasValue(5);
        assertThat(ReplayProgress.pending(segment)).as("positions 6 to 10 are still to replay").isTrue();
    }

    @Test
    void aSegmentAtItsResetPositionIsDoneThoughAxonStillFlagsTheReplay() {
        EventTrackerStatus segment = status(replayed(9, 10));
        assertThat(segment.isReplaying()).isTrue();
        assertThat(ReplayProgress.pending(segment)).isFalse();
    }

    @Test
    void aSegmentPastItsResetPositionIsNoLongerReplaying() {
        TrackingToken past = replayed(10, 11);
        assertThat(past).isNotInstanceOf(ReplayToken.class);
        assertThat(ReplayProgress.pending(status(past))).isFalse();
    }

    @Test
    void aSegmentThatIsNotReplayingHasNothingPending() {
        assertThat(ReplayProgress.pending(status(handled(3)))).isFalse();
    }

    @Test
    void aReplayWithoutAResetPositionIsNeverDone() {
        EventTrackerStatus segment = mock(EventTrackerStatus.class);
        when(segment.isReplaying()).thenReturn(true);
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(5000));
        when(segment.getResetPosition()).thenReturn(OptionalLong.empty());
        assertThat(ReplayProgress.pending(segment)).isTrue();
    }

    /** The replay's token after handling the events at {@code positions}, in turn, as a tracking processor does. */
    private static TrackingToken replayed(long... positions) {
        TrackingToken token = REPLAY;
        for (long position : positions) {
            token = token instanceof WrappedToken wrapped ? wrapped.advancedTo(handled(position)) : handled(position);
        }
        return token;
    }

    /** The token after handling the event at {@code position}, every earlier position handled too. */
    private static TrackingToken handled(long position) {
        return GapAwareTrackingToken.newInstance(position, Set.of());
    }

    private static EventTrackerStatus status(TrackingToken token) {
        return new TrackerStatus(Segment.ROOT_SEGMENT, token);
    }
}
