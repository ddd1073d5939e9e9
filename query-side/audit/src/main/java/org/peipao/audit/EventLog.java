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

    /** Aggregate ids of the event store and of the hash chain, after {@code after}, in order. */
    List<String> aggregateIds(String after, String chainTable) {
        return jdbc.queryForList("SELECT id FROM (SELECT aggregateIdentifier AS id FROM DomainEventEntry UNION"
                + " SELECT aggregate_id AS id FROM " + chainTable + ") ids WHERE id > ? ORDER BY id LIMIT " + CHUNK,
                String.class, after);
    }
}
