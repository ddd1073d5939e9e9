package org.peipao.query.dashboard;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How the dashboard's code reads its documents: by {@code _id} alone, from the collections a destination names
 * ({@link #of}), or from a scratch copy laid over the read model as it stood at a checkpoint ({@link AsOfReads}).
 */
public interface DashboardReads {

    /** The physical collection that holds the logical one, where this reader's writes go. */
    String collection(String logical);

    /** The documents of the logical collection with the given ids that exist, by id. */
    <D> Map<String, D> byIds(String logical, Class<D> type, Collection<String> ids, Function<D, String> idOf);

    /**
     * Told that a batch has written these documents (by id, in stored form) to the logical collection; a reader that
     * keeps documents across batches ({@link CachedReads}) keeps them.
     */
    default void written(String logical, Map<String, Document> stored) {
    }

    /**
     * Ids per {@code $in} query. The embedded store (mongo-java-server) finds the documents through the {@code _id}
     * index, then matches each one against the whole query again, comparing it with every listed id: a query for k ids
     * costs k² comparisons (20,000 ids in a rebuild's batch: 4 × 10⁸, most of a rebuild's time). In groups of 100
     * the cost is linear; real MongoDB only sees a few more round trips.
     */
    int IN_GROUP = 100;

    /**
     * The documents of {@code collection} whose {@code _id} is among {@code ids}, found in groups of
     * {@value #IN_GROUP} ids, as {@code type} (an {@link Document} for the stored form).
     */
    static <D> List<D> findByIds(MongoTemplate mongo, Collection<String> ids, Class<D> type, String collection) {
        List<String> all = List.copyOf(ids);
        List<D> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_GROUP) {
            List<String> group = all.subList(from, Math.min(all.size(), from + IN_GROUP));
            found.addAll(mongo.find(new Query(Criteria.where("_id").in(group)), type, collection));
        }
        return found;
    }

    /** Reads the collections {@code collectionOf} names. */
    static DashboardReads of(MongoTemplate mongo, UnaryOperator<String> collectionOf) {
        return new DashboardReads() {
            @Override
            public String collection(String logical) {
                return collectionOf.apply(logical);
            }

            @Override
            public <D> Map<String, D> byIds(String logical, Class<D> type, Collection<String> ids,
                                            Function<D, String> idOf) {
                Map<String, D> found = new HashMap<>();
                if (!ids.isEmpty()) {
                    findByIds(mongo, ids, type, collectionOf.apply(logical))
                            .forEach(document -> found.put(idOf.apply(document), document));
                }
                return found;
            }
        };
    }
}
