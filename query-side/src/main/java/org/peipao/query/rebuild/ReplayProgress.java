package org.peipao.query.rebuild;

import org.axonframework.eventhandling.EventTrackerStatus;

import java.util.OptionalLong;

/**
 * When a replaying segment of a streaming event processor is done: the one rule by which readers switch to rebuilt
 * collections ({@link RebuildCompletion}) and by which the processors endpoint says "replaying".
 */
public final class ReplayProgress {

    private ReplayProgress() {
    }

    /**
     * Whether a segment still has events of a replay to handle: its token is a replay token (it has a reset position)
     * and its position is before the position the reset happened at.
     *
     * <p>Axon's replay flag ({@link EventTrackerStatus#isReplaying()}) says something else: whether the last event
     * handled had been handled before the reset. It is down for an event that sat in a gap of the token at the reset
     * (a transaction not yet committed, or rolled back, then), though the replay has not passed the reset position;
     * and it stays up at that position until the first event <em>past</em> it, so on an idle store a finished replay
     * would count as replaying until the next event is appended. So neither end is read from the flag. A replay whose
     * reset position is unknown is never done.
     */
    public static boolean pending(EventTrackerStatus segment) {
        OptionalLong reset = segment.getResetPosition();
        if (reset.isEmpty()) {
            return segment.isReplaying();
        }
        return segment.getCurrentPosition().orElse(-1) < reset.getAsLong();
    }
}
