package org.peipao.query.dashboard;

import org.springframework.data.mongodb.core.MongoTemplate;
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
        mongo.save(entry, collection.get());
        cache.put(id, entry);
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
