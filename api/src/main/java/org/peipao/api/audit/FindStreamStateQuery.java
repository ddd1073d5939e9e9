package org.peipao.api.audit;

import java.time.Instant;

/**
 * The state of one aggregate (its own event stream) with every event recorded up to {@code asOf} applied.
 * Answers a {@link StreamStateView}, or nothing when the aggregate did not exist yet.
 */
public record FindStreamStateQuery(String aggregateId, Instant asOf) {
}
