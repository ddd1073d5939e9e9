package org.peipao.query.shared;

import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A read-model document that remembers the last event it applied, so that redelivered or replayed
 * events are recognised and change nothing.
 */
public abstract class TrackedDocument {

    /** Always a string, even when a client's id happens to look like an ObjectId. */
    @MongoId(FieldType.STRING)
    public String id;
    /** The sequence number of the aggregate's last event applied: what a write answered as its version. */
    public long version;
    /** The global position of the last event applied to this document, from any stream. */
    public long lastEventIndex = -1;
}
