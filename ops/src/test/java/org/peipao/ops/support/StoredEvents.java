package org.peipao.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The event store as tests see it: how many events it holds, and the metadata stored with them. */
public class StoredEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    public StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    /** The metadata of an aggregate's latest event whose payload type ends with {@code eventType}. */
    public JsonNode latestMetaData(String aggregateId, String eventType) {
        byte[] metaData = jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                        + " AND payloadType LIKE ? ORDER BY sequenceNumber DESC LIMIT 1", byte[].class,
                aggregateId, "%" + eventType);
        try {
            return JSON.readTree(new String(metaData, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
