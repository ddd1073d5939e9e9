package org.peipao.query.shared;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.index.IndexDefinition;

import java.util.List;
import java.util.Map;

/**
 * The indexes each read model's queries need on a real MongoDB (the embedded store ignores non-unique
 * indexes). Created once, serially, for every physical collection a read model gets. The dashboard needs none:
 * it reads by {@code _id} alone.
 */
public final class ReadModelIndexes {

    private static final Map<String, List<Document>> BY_COLLECTION = Map.of(
            "companions", List.of(keys("kind", "status"), keys("status"), keys("domains"), keys("name")),
            "projects", List.of(keys("stage"), keys("domain"), keys("source"), keys("landings.district"),
                    keys("companions.companionId"), keys("title")),
            "challenges", List.of(keys("status"), keys("domain"), keys("enterprise")));

    private ReadModelIndexes() {
    }

    public static synchronized void ensure(MongoTemplate mongo, String logical, String physical) {
        for (Document keys : BY_COLLECTION.getOrDefault(logical, List.of())) {
            IndexDefinition index = new CompoundIndexDefinition(keys);
            mongo.indexOps(physical).ensureIndex(index);
        }
    }

    private static Document keys(String... fields) {
        Document keys = new Document();
        for (String field : fields) {
            keys.append(field, 1);
        }
        return keys;
    }
}
