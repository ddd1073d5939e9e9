package org.peipao.query.shared;

import java.time.Instant;

/**
 * Where and how an event was recorded, as a projection needs it: resolved once from the message (see
 * {@link RecordedParameterResolverFactory}), so that a handler reads as the change its event makes.
 *
 * @param position the event's global position in the event store (what read models remember to stay idempotent)
 * @param sequence the event's sequence number in its own aggregate's stream: the version a write answered
 * @param at       when the event was stored (UTC)
 * @param actor    the user name of whoever caused it ({@code system} for the platform itself)
 */
public record Recorded(long position, long sequence, Instant at, String actor) {
}
