package org.peipao.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads the event store's rows directly, as stored (no upcasting: an auditor sees what was written), in
 * chunks keyed by position, so that memory stays bounded whatever the size of the log.
 */
@Component
class EventLog {

    static final int CHUNK = 500;
    private static final String COLUMNS = "globalIndex, aggregateIdentifier, sequenceNumber, payloadType, payloadRevision,"
            + " timeStamp, payload, metaData";
    private static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6)), rs.getBytes(7),
            rs.getBytes(8));

    private final JdbcTemplate jdbc;

    EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredEvent> stream(String aggregateId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " ORDER BY sequenceNumber", ROW, aggregateId);
    }

    /** The events after position {@code after} that {@code selected} accepts, at most {@code limit}. */
    List<StoredEvent> page(long after, int limit, Predicate<StoredEvent> selected) {
        List<StoredEvent> found = new java.util.ArrayList<>();
        scan(after, event -> {
            if (selected.test(event)) {
                found.add(event);
            }
        }, () -> found.size() >= limit);
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** Visits every event after {@code after} in order of position, until {@code enough} says so. */
    void scan(long after, Consumer<StoredEvent> visitor, java.util.function.BooleanSupplier enough) {
        long position = after;
        while (!enough.getAsBoolean()) {
            List<StoredEvent> chunk = jdbc.query("SELECT " + COLUMNS + " FROM DomainEventEntry WHERE globalIndex > ?"
                    + " ORDER BY globalIndex LIMIT " + CHUNK, ROW, position);
            for (StoredEvent event : chunk) {
                visitor.accept(event);
                position = event.globalPosition();
                if (enough.getAsBoolean()) {
                    return;
                }
            }
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }

    /**
     * The events of the streams after {@code after} (a stream id; {@code ""}: from the first), in the store's order of
     * stream ids and then of sequence, at most {@code limit} of them: the last stream may be cut short. One range of
     * the store's index on (stream id, sequence), whatever the size of the log.
     */
    List<StoredEvent> streamsAfter(String after, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM DomainEventEntry WHERE aggregateIdentifier > ?"
                + " ORDER BY aggregateIdentifier, sequenceNumber LIMIT " + limit, ROW, after);
    }

    /**
     * The stream ids of the event store and of the hash chain after {@code after} up to {@code upTo} ({@code null}: to
     * the last), in the store's order. Each table is read over that range of its own index only (a condition on the
     * union of both made HSQLDB build the whole union first: 14–16 s per call at a million events, 2026-12-03).
     */
    List<String> aggregateIds(String after, String upTo, String chainTable) {
        String events = "SELECT aggregateIdentifier AS id FROM DomainEventEntry WHERE aggregateIdentifier > ?";
        String chain = "SELECT aggregate_id AS id FROM " + chainTable + " WHERE aggregate_id > ?";
        if (upTo == null) {
            return jdbc.queryForList(events + " UNION " + chain + " ORDER BY id", String.class, after, after);
        }
        return jdbc.queryForList(events + " AND aggregateIdentifier <= ? UNION " + chain + " AND aggregate_id <= ?"
                + " ORDER BY id", String.class, after, upTo, after, upTo);
    }
}
