package org.peipao.query.dashboard;

import org.bson.Document;
import org.peipao.query.shared.MongoCollections;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Collection;
import java.util.HashMap;
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
                    MongoCollections.findByIds(mongo, ids, type, collectionOf.apply(logical))
                            .forEach(document -> found.put(idOf.apply(document), document));
                }
                return found;
            }
        };
    }
}
