package org.peipao.query.dashboard;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A dashboard document as it stood at one or more {@linkplain Checkpoints checkpoints}, kept when a later event changed
 * it: {@code _id} is the document's id, {@code @}, and the first of those checkpoints. Never changed after.
 */
public class PastVersion {

    @MongoId(FieldType.STRING)
    public String id;
    /** The document as stored then. */
    public Document state;
    /** The global position of the event that made the version (for the read-model check). */
    public long lastEventIndex;

    static String idOf(String documentId, long checkpoint) {
        return documentId + "@" + checkpoint;
    }
}
