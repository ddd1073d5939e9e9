package org.peipao.query.shared;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collection housekeeping shared by rebuilds and scratch copies, and look-ups by many ids. */
public final class MongoCollections {

    /**
     * Ids per {@code $in} query. The embedded store (mongo-java-server) finds the documents through the {@code _id}
     * index, then matches each one against the whole query again, comparing it with every listed id: a query for k ids
     * costs k² comparisons (20,000 ids in a rebuild's batch: 4 × 10⁸, most of a rebuild's time). In groups of 100
     * the cost is linear; real MongoDB only sees a few more round trips.
     */
    public static final int IN_GROUP = 100;

    private MongoCollections() {
    }

    /**
     * The documents of {@code collection} whose {@code _id} is among {@code ids}, found in groups of
     * {@value #IN_GROUP} ids, as {@code type} (a {@link org.bson.Document} for the stored form).
     */
    public static <D> List<D> findByIds(MongoTemplate mongo, Collection<String> ids, Class<D> type, String collection) {
        List<String> all = List.copyOf(ids);
        List<D> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_GROUP) {
            List<String> group = all.subList(from, Math.min(all.size(), from + IN_GROUP));
            found.addAll(mongo.find(new Query(Criteria.where("_id").in(group)), type, collection));
        }
        return found;
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
