package org.peipao.query.rebuild;

import org.axonframework.eventhandling.EventTrackerStatus;

/**
 * When a replaying segment of a streaming event processor is done: the one rule by which readers switch to rebuilt
 * collections ({@link RebuildCompletion}) and by which the processors endpoint says "replaying".
 */
public final class ReplayProgress {

    private ReplayProgress() {
    }

    /**
     * Whether a segment still has events of a replay to handle: it is replaying and its position is before the
     * position the reset happened at. Axon's {@code ReplayToken} ends only at the first event <em>past</em> that
     * position, so on an idle store a finished replay would otherwise count as replaying until the next event is
     * appended. A replay without a reset position is never done.
     */
    public static boolean pending(EventTrackerStatus segment) {
        return segment.isReplaying()
                && segment.getCurrentPosition().orElse(-1) < segment.getResetPosition().orElse(Long.MAX_VALUE);
    }
}
