package org.peipao.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.peipao.api.MetaDataKeys;
import org.peipao.audit.chain.EventHashes;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** An event as the audit endpoints show it: where it stands, who caused it, and its payload as stored. */
record AuditEventView(String aggregateId,
                      String type,
                      String payloadType,
                      String revision,
                      long sequence,
                      long globalPosition,
                      Instant timestamp,
                      String actor,
                      String actorRoles,
                      String actorCompanionId,
                      String correlationId,
                      JsonNode payload) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static AuditEventView of(StoredEvent event) {
        Map<String, Object> metaData = EventHashes.metaData(event.metaData());
        return new AuditEventView(event.aggregateId(), event.simpleType(), event.payloadType(), event.revision(),
                event.sequence(), event.globalPosition(), event.timestamp(), text(metaData, MetaDataKeys.ACTOR),
                text(metaData, MetaDataKeys.ACTOR_ROLES), text(metaData, MetaDataKeys.ACTOR_COMPANION_ID),
                text(metaData, MetaDataKeys.CORRELATION_ID), payload(event.payload()));
    }

    private static String text(Map<String, Object> metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    private static JsonNode payload(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException unreadable) {
            return JSON.getNodeFactory().textNode("(not JSON: " + json.length + " bytes)");
        }
    }
}
