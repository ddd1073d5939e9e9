package org.peipao.audit;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/**
 * Takes one stored event out of the event table behind the application's back and puts it back unchanged (same
 * global position): what the verification tests do to show that a removed event is found.
 */
public final class StoredRows {

    private StoredRows() {
    }

    /** Deletes the event at {@code sequence} of {@code aggregateId} and answers its row, to {@link #putBack}. */
    public static Map<String, Object> takeOut(JdbcTemplate jdbc, String aggregateId, long sequence) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " AND sequenceNumber = ?", aggregateId, sequence);
        jdbc.update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?", aggregateId,
                sequence);
        return row;
    }

    /** Stores {@code row} again as it was (column names in any case: HSQLDB answers them upper-case). */
    public static void putBack(JdbcTemplate jdbc, Map<String, Object> row) {
        jdbc.update("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type,"
                        + " eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", value(row, "globalIndex"),
                value(row, "aggregateIdentifier"), value(row, "sequenceNumber"), value(row, "type"),
                value(row, "eventIdentifier"), value(row, "metaData"), value(row, "payload"),
                value(row, "payloadRevision"), value(row, "payloadType"), value(row, "timeStamp"));
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst().orElseThrow()
                .getValue();
    }
}
