package org.peipao.query.dashboard;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The past versions a batch keeps ({@link Checkpoints}): before a change at a position, a document whose state stood
 * at a checkpoint since its last change keeps that state. Written before the documents themselves, so a crash between
 * the two loses no version (a batch delivered again keeps the same versions again).
 */
final class Versions {

    /**
     * The interval that keeps no past version at all: for a copy that answers one question and is then discarded
     * ({@link DashboardProjection#forAnswer}), whose history no one reads.
     */
    static final long NONE = 0;

    private final MongoTemplate mongo;
    private final long every;
    private final Map<String, List<PastVersion>> made = new LinkedHashMap<>();

    /** Keeps versions at every {@code every}th global position, or none for {@link #NONE}. */
    Versions(MongoTemplate mongo, long every) {
        this.mongo = mongo;
        this.every = every;
    }

    /**
     * Called before a document (of the logical collection, last changed at {@code last}, whose state is kept at the
     * checkpoints {@code kept}, a {@link KeptCheckpoints} bit set or {@code null}) changes at {@code at}; {@code current}
     * gives its current state, when it is to be kept.
     *
     * @return the document's kept checkpoints after the change: {@code kept} itself, or a new bit set that adds the
     * checkpoint whose state this call keeps
     */
    byte[] beforeChange(String logical, String id, Supplier<?> current, long last, byte[] kept, long at) {
        if (every == NONE || !Checkpoints.between(last, at, every)) {
            return kept;
        }
        long checkpoint = Checkpoints.firstAtOrAfter(last, every);
        Document state = new Document();
        mongo.getConverter().write(current.get(), state);
        PastVersion version = new PastVersion();
        version.id = PastVersion.idOf(id, checkpoint);
        version.state = state;
        version.lastEventIndex = at;
        made.computeIfAbsent(logical, l -> new ArrayList<>()).add(version);
        return KeptCheckpoints.with(kept, checkpoint);
    }

    boolean isEmpty() {
        return made.isEmpty();
    }

    /** Stores the kept versions, in the history collections {@code reads} names. */
    void write(DashboardReads reads) {
        made.forEach((logical, versions) -> {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PastVersion.class,
                    reads.collection(Checkpoints.history(logical)));
            versions.forEach(v -> bulk.replaceOne(new Query(Criteria.where("_id").is(v.id)), v,
                    FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        });
        made.clear();
    }
}
