package org.peipao.query.shared;

import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Throwaway copies of read models, under a prefix no live collection has ({@code <purpose>_<8 hex>_projects}):
 * projections replayed into them answer as-of questions or are compared with the live read models. Whoever makes
 * one discards it when done.
 */
public final class CopyDestination implements Destination {

    private final MongoTemplate mongo;
    private final String prefix;

    private CopyDestination(MongoTemplate mongo, String prefix) {
        this.mongo = mongo;
        this.prefix = prefix;
    }

    /** A fresh, empty copy; {@code purpose} names it in the database (e.g. {@code verify}). */
    public static CopyDestination fresh(MongoTemplate mongo, String purpose) {
        return new CopyDestination(mongo, purpose + "_" + UUID.randomUUID().toString().substring(0, 8) + "_");
    }

    @Override
    public String collection(String logical) {
        return prefix + logical;
    }

    @Override
    public void reset(List<String> logicals) {
        discard(logicals);
    }

    /** Drops the copy's collections. */
    public void discard(List<String> logicals) {
        logicals.forEach(logical -> MongoCollections.dropIfPresent(mongo, collection(logical)));
    }
}
