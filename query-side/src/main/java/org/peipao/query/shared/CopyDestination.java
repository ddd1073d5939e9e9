package org.peipao.query.shared;

import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Throwaway copies of read models, under a prefix no live collection has ({@code <purpose>_<8 hex>_projects}):
 * projections replayed into them answer as-of questions or are compared with the live read models. Whoever makes
 * one discards it when done.
 * <p>
 * A small copy that lives for one request is a {@linkplain #scratch scratch copy}: its names start with
 * {@value #SCRATCH_PREFIX}, which tells the embedded store to keep it in memory rather than in its file (a real MongoDB
 * keeps it like any other collection).
 */
public final class CopyDestination implements Destination {

    /** The start of every scratch copy's collection names. */
    public static final String SCRATCH_PREFIX = "scratch_";

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

    /**
     * A fresh, empty scratch copy ({@code scratch_<purpose>_<8 hex>_projects}): for a copy of at most a few thousand
     * documents, discarded within the request that made it (the embedded store holds it in the heap).
     */
    public static CopyDestination scratch(MongoTemplate mongo, String purpose) {
        return fresh(mongo, SCRATCH_PREFIX + purpose);
    }

    /** Whether {@code collection} belongs to a {@linkplain #scratch scratch copy}. */
    public static boolean isScratch(String collection) {
        return collection.startsWith(SCRATCH_PREFIX);
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
