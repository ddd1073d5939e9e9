package org.peipao.query.dashboard;

import org.bson.Document;
import org.peipao.query.shared.BatchWrites;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The dashboard's own record of each companion's name and kind, so that facts credited to companions can
 * be counted by kind and the leaderboard can name them, without depending on another processor's progress.
 * Entries set during a processor batch are written in one bulk when it ends ({@link BatchWrites}); an entry changed
 * across a {@linkplain Checkpoints checkpoint} keeps the state it had there.
 */
class CompanionDirectory {

    static final String COLLECTION = "dashboard_companions";

    public static class Entry {
        @MongoId(FieldType.STRING)
        public String id;
        public String name;
        public String kind;
        /** The checkpoints whose state of this entry is kept as a {@link PastVersion} ({@link KeptCheckpoints}). */
        public byte[] kept;
        /**
         * The same in an entry of the dashboard's first layout ({@link KeptCheckpoints#LEGACY_FIELD}), read until the
         * dashboard is replayed; never written.
         */
        public List<Long> checkpoints;
        /** The global position of the event that last set this entry (for the read-model check). */
        public long lastEventIndex = -1;

        byte[] keptCheckpoints() {
            return checkpoints == null ? kept : KeptCheckpoints.withAll(kept, checkpoints);
        }
    }

    private final MongoTemplate mongo;
    private final DashboardReads reads;
    private final LongSupplier every;

    /**
     * Reads and writes where {@code reads} says; {@code every} gives the interval at which entries keep past versions:
     * the dashboard's checkpoint interval, or {@link Versions#NONE}.
     */
    CompanionDirectory(MongoTemplate mongo, DashboardReads reads, LongSupplier every) {
        this.mongo = mongo;
        this.reads = reads;
        this.every = every;
    }

    void put(String id, String name, String kind, long position) {
        Changes batch = BatchWrites.of(batchKey(), Changes::new);
        Changes changes = batch != null ? batch : new Changes();
        Entry entry = new Entry();
        entry.id = id;
        entry.name = name;
        entry.kind = kind;
        entry.lastEventIndex = position;
        find(List.of(id)).values().forEach(earlier -> entry.kept = changes.versions.beforeChange(COLLECTION, id,
                () -> earlier, earlier.lastEventIndex, earlier.keptCheckpoints(), position));
        changes.entries.put(id, entry);
        if (batch == null) {
            changes.write();
        }
    }

    /**
     * The entries of the given companions that exist, by id: those the current batch set, the others read in one
     * query.
     */
    Map<String, Entry> find(List<String> ids) {
        Changes batch = BatchWrites.held(batchKey());
        Map<String, Entry> set = batch == null ? Map.of() : batch.entries;
        List<String> missing = ids.stream().filter(id -> !set.containsKey(id)).toList();
        Map<String, Entry> read = missing.isEmpty() ? Map.of()
                : reads.byIds(COLLECTION, Entry.class, missing, entry -> entry.id);
        Map<String, Entry> found = new LinkedHashMap<>();
        ids.forEach(id -> {
            Entry entry = set.containsKey(id) ? set.get(id) : read.get(id);
            if (entry != null) {
                found.put(id, entry);
            }
        });
        return found;
    }

    /** The kinds of the given companions (unknown ones are left out). */
    Map<String, String> kindsOf(List<String> companionIds) {
        Map<String, String> kinds = new LinkedHashMap<>();
        find(companionIds).forEach((id, entry) -> kinds.put(id, entry.kind));
        return kinds;
    }

    private String batchKey() {
        return "dashboard-companions:" + reads.collection(COLLECTION);
    }

    /** The entries a batch set (and the versions they replaced), written when it ends. */
    private final class Changes implements BatchWrites.Pending {
        final Map<String, Entry> entries = new LinkedHashMap<>();
        final Versions versions = new Versions(mongo, every.getAsLong());

        @Override
        public void write() {
            versions.write(reads);
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, reads.collection(COLLECTION));
            Map<String, Document> stored = new LinkedHashMap<>();
            entries.forEach((id, entry) -> {
                Document converted = new Document();
                mongo.getConverter().write(entry, converted);
                stored.put(id, converted);
                bulk.replaceOne(new Query(Criteria.where("_id").is(id)), converted,
                        FindAndReplaceOptions.options().upsert());
            });
            bulk.execute();
            reads.written(COLLECTION, stored);
        }
    }
}
