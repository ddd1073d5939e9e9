package org.peipao.query.rebuild;

import org.peipao.query.shared.Destination;
import org.peipao.query.shared.MongoCollections;
import org.peipao.query.shared.ReadModelIndexes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which physical MongoDB collections hold each processor's read models. Readers read the {@code live}
 * collections; the processor writes its {@code target} ones. They are the same, except during a rebuild: the
 * processor then fills fresh collections while readers keep the complete old ones, and when the rebuild has
 * caught up one write of the processor's catalog entry switches every reader over at once. Old collections
 * are dropped after a grace period, so a reader that looked up the old names just before the switch still
 * finds them.
 */
@Component
public class ReadModelCatalog {

    static final String COLLECTION = "readmodel_catalog";
    private static final Duration CACHE = Duration.ofSeconds(1);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public static class Entry {
        @Id
        public String processor;
        public Map<String, String> live = new HashMap<>();
        public Map<String, String> target = new HashMap<>();
        public boolean rebuilding;
        public Instant rebuildStarted;
        public List<String> retired = new ArrayList<>();
        public Instant retiredAt;
    }

    private record Cached(Entry entry, Instant until) {
    }

    public ReadModelCatalog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Creates the indexes of the collections readers read and the processor writes (at start-up). */
    public void ensureIndexes(String processor, List<String> logicals) {
        for (String logical : logicals) {
            ReadModelIndexes.ensure(mongo, logical, live(processor, logical));
            ReadModelIndexes.ensure(mongo, logical, destination(processor).collection(logical));
        }
    }

    /** The collection readers read for a logical read model. */
    public String live(String processor, String logical) {
        return entry(processor, true).live.getOrDefault(logical, logical);
    }

    /**
     * Where the processor writes its read models: the collections of the catalog entry; a replay of the processor
     * {@linkplain #beginRebuild begins a rebuild}.
     */
    public Destination destination(String processor) {
        return new Destination() {
            @Override
            public String collection(String logical) {
                return entry(processor, true).target.getOrDefault(logical, logical);
            }

            @Override
            public void reset(List<String> logicals) {
                beginRebuild(processor, logicals);
            }
        };
    }

    public boolean rebuilding(String processor) {
        return entry(processor, false).rebuilding;
    }

    /** Points the processor's writes at fresh, empty collections; readers keep the current ones. */
    public synchronized void beginRebuild(String processor, List<String> logicals) {
        Entry entry = entry(processor, false);
        if (entry.rebuilding) {
            // a rebuild begun again: the collections of the unfinished one are dropped later
            entry.target.values().stream().filter(name -> !entry.live.containsValue(name)).forEach(entry.retired::add);
            entry.retiredAt = clock.instant();
        }
        String suffix = "_r" + clock.millis();
        Map<String, String> fresh = new HashMap<>();
        for (String logical : logicals) {
            String name = logical + suffix;
            MongoCollections.dropIfPresent(mongo, name);
            ReadModelIndexes.ensure(mongo, logical, name);
            fresh.put(logical, name);
            entry.live.putIfAbsent(logical, logical);
        }
        entry.target = fresh;
        entry.rebuilding = true;
        entry.rebuildStarted = clock.instant();
        save(entry);
    }

    /** Switches readers to the rebuilt collections; the old ones are dropped after the grace period. */
    public synchronized void completeRebuild(String processor) {
        Entry entry = entry(processor, false);
        if (!entry.rebuilding) {
            return;
        }
        List<String> old = new ArrayList<>(entry.live.values());
        old.removeAll(entry.target.values());
        entry.live = new HashMap<>(entry.target);
        entry.rebuilding = false;
        entry.retired.addAll(old);
        entry.retiredAt = clock.instant();
        save(entry);
    }

    @Scheduled(fixedDelay = 5_000)
    synchronized void dropRetiredCollections() {
        for (Entry entry : mongo.findAll(Entry.class, COLLECTION)) {
            if (!entry.retired.isEmpty() && entry.retiredAt != null
                    && entry.retiredAt.plus(GRACE).isBefore(clock.instant())) {
                List<String> dropped = List.copyOf(entry.retired);
                dropped.forEach(name -> MongoCollections.dropIfPresent(mongo, name));
                Entry current = entry(entry.processor, false);
                current.retired.removeAll(dropped);
                save(current);
            }
        }
    }

    private Entry entry(String processor, boolean cached) {
        Instant now = clock.instant();
        Cached known = cache.get(processor);
        if (cached && known != null && known.until().isAfter(now)) {
            return known.entry();
        }
        Entry entry = mongo.findById(processor, Entry.class, COLLECTION);
        if (entry == null) {
            entry = new Entry();
            entry.processor = processor;
        }
        cache.put(processor, new Cached(entry, now.plus(CACHE)));
        return entry;
    }

    private void save(Entry entry) {
        mongo.save(entry, COLLECTION);
        cache.put(entry.processor, new Cached(entry, clock.instant().plus(CACHE)));
    }
}
