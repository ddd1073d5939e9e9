package org.peipao.query.dashboard;

import org.peipao.query.shared.BatchWrites;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The dashboard's own record of each companion's name and kind, so that facts credited to companions can
 * be counted by kind and the leaderboard can name them, without depending on another processor's progress.
 * Entries set during a processor batch are written in one bulk when it ends ({@link BatchWrites}).
 */
class CompanionDirectory {

    static final String COLLECTION = "dashboard_companions";

    public static class Entry {
        @MongoId(FieldType.STRING)
        public String id;
        public String name;
        public String kind;
        /** The global position of the event that last set this entry (for the read-model check). */
        public long lastEventIndex = -1;
    }

    private final MongoTemplate mongo;
    private final Supplier<String> collection;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    CompanionDirectory(MongoTemplate mongo, Supplier<String> collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    void put(String id, String name, String kind, long position) {
        Entry entry = new Entry();
        entry.id = id;
        entry.name = name;
        entry.kind = kind;
        entry.lastEventIndex = position;
        cache.put(id, entry);
        Changes batch = BatchWrites.of("dashboard-companions", Changes::new);
        if (batch == null) {
            mongo.save(entry, collection.get());
        } else {
            batch.entries.put(id, entry);
        }
    }

    /** The entries a batch set, written when it ends. */
    private final class Changes implements BatchWrites.Pending {
        final Map<String, Entry> entries = new LinkedHashMap<>();

        @Override
        public void write() {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Entry.class, collection.get());
            entries.forEach((id, entry) -> bulk.replaceOne(new Query(Criteria.where("_id").is(id)), entry,
                    FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        }
    }

    Optional<Entry> find(String id) {
        Entry cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Entry stored = mongo.findById(id, Entry.class, collection.get());
        if (stored != null) {
            cache.put(id, stored);
        }
        return Optional.ofNullable(stored);
    }

    /** The entries of the given companions that exist, by id, read in one query. */
    Map<String, Entry> find(List<String> ids) {
        Map<String, Entry> found = new LinkedHashMap<>();
        List<String> missing = ids.stream().filter(id -> !cache.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            mongo.find(new Query(Criteria.where("_id").in(missing)), Entry.class, collection.get())
                    .forEach(entry -> cache.put(entry.id, entry));
        }
        ids.forEach(id -> {
            Entry entry = cache.get(id);
            if (entry != null) {
                found.put(id, entry);
            }
        });
        return found;
    }

    /** The kinds of the given companions (unknown ones are left out). */
    Map<String, String> kindsOf(List<String> companionIds) {
        Map<String, String> kinds = new LinkedHashMap<>();
        companionIds.forEach(id -> find(id).ifPresent(entry -> kinds.put(id, entry.kind)));
        return kinds;
    }

    void forget() {
        cache.clear();
    }
}
