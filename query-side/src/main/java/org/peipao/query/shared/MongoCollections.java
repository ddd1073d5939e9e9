package org.peipao.query.shared;

import org.springframework.data.mongodb.core.MongoTemplate;

/** Collection housekeeping shared by rebuilds and scratch copies. */
public final class MongoCollections {

    private MongoCollections() {
    }

    /**
     * Drops a collection if it exists. Real MongoDB before 7.0 and the embedded store answer "ns not found" to a
     * drop of a missing collection; the driver ignores it, but the embedded server logs it as an error.
     */
    public static void dropIfPresent(MongoTemplate mongo, String name) {
        if (mongo.collectionExists(name)) {
            mongo.dropCollection(name);
        }
    }
}
