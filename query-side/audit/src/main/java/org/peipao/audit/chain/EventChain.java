package org.peipao.audit.chain;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records each stored event's link in its stream's hash chain, in the transaction that stores the event (a
 * subscribing processor whose errors propagate): an event is stored with its link, or not at all.
 */
@Component
@ProcessingGroup(EventChain.PROCESSING_GROUP)
public class EventChain implements InitializingBean {

    public static final String PROCESSING_GROUP = "event-chain";
    public static final String TABLE = "peipao_event_chain";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    EventChain(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @Override
    public void afterPropertiesSet() {
        createTable(jdbc);
    }

    /** Creates the chain's table unless it exists: whichever process starts first on a database, writer or reader. */
    public static void createTable(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (aggregate_id VARCHAR(255) NOT NULL,"
                + " sequence_number BIGINT NOT NULL, hash CHAR(64) NOT NULL, PRIMARY KEY (aggregate_id, sequence_number))");
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event)) {
            return;
        }
        SerializedObject<byte[]> serialized = serializer.serialize(payload, byte[].class);
        String previous = event.getSequenceNumber() == 0 ? EventHashes.GENESIS
                : jdbc.queryForList("SELECT hash FROM " + TABLE + " WHERE aggregate_id = ? AND sequence_number = ?",
                String.class, event.getAggregateIdentifier(), event.getSequenceNumber() - 1)
                .stream().findFirst().orElse(EventHashes.GENESIS);
        String hash = EventHashes.hash(previous, serialized.getType().getName(), serialized.getType().getRevision(),
                event.getSequenceNumber(), event.getTimestamp(), serialized.getData(), event.getMetaData());
        jdbc.update("INSERT INTO " + TABLE + " (aggregate_id, sequence_number, hash) VALUES (?, ?, ?)",
                event.getAggregateIdentifier(), event.getSequenceNumber(), hash);
    }
}
