package org.peipao.audit;

import java.time.Instant;

/** One row of the event store, as stored: the payload and metadata are the JSON bytes the serializer wrote. */
record StoredEvent(long globalPosition,
                   String aggregateId,
                   long sequence,
                   String payloadType,
                   String revision,
                   Instant timestamp,
                   byte[] payload,
                   byte[] metaData) {

    String simpleType() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
