package org.peipao.query.shared;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Where and how an event was recorded, as a projection needs it: resolved from the message (see
 * {@link RecordedParameterResolverFactory}), so that a handler reads as the change its event makes. The actor is read
 * from the event's metadata only when a handler asks for it: most never do, and deserialising the metadata of every
 * event cost a rebuild of the companions about 7% of its time (a JFR profile, README "Performance").
 */
public final class Recorded {

    private final long position;
    private final long sequence;
    private final Instant at;
    private Supplier<String> actorSource;
    private String actor;

    /**
     * @param position the event's global position in the event store (what read models remember to stay idempotent)
     * @param sequence the event's sequence number in its own aggregate's stream: the version a write answered
     * @param at       when the event was stored (UTC)
     * @param actor    the user name of whoever caused it ({@code system} for the platform itself)
     */
    public Recorded(long position, long sequence, Instant at, String actor) {
        this(position, sequence, at, () -> actor);
    }

    /** As above, the actor given by {@code actor} at its first use. */
    Recorded(long position, long sequence, Instant at, Supplier<String> actor) {
        this.position = position;
        this.sequence = sequence;
        this.at = at;
        this.actorSource = actor;
    }

    /** The event's global position in the event store (what read models remember to stay idempotent). */
    public long position() {
        return position;
    }

    /** The event's sequence number in its own aggregate's stream ({@code -1} for an event of no aggregate). */
    public long sequence() {
        return sequence;
    }

    /** When the event was stored (UTC). */
    public Instant at() {
        return at;
    }

    /** The user name of whoever caused the event ({@code system} for the platform itself). */
    public String actor() {
        if (actorSource != null) {
            actor = actorSource.get();
            actorSource = null;
        }
        return actor;
    }

    @Override
    public String toString() {
        return "Recorded[position=" + position + ", sequence=" + sequence + ", at=" + at + "]";
    }
}
