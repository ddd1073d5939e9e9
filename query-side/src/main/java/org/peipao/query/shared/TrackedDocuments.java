package org.peipao.query.shared;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Applies events to documents of one collection idempotently: an event whose global position is not beyond the
 * document's last applied one is skipped. Documents are looked up by {@code _id} alone (the one look-up every MongoDB
 * serves from an index) and the guard is checked here. Safe because one processor thread writes a collection.
 * <p>
 * Within a processor batch each document is read at most once, changed in memory by every event of the batch that
 * concerns it, and written once when the batch ends, all in one bulk write for the collection ({@link BatchWrites}),
 * with the batch's other writes or after them ({@link #writtenAfterOthers}). With
 * {@link EventKeys}, the first look-up of a batch reads the documents its events name in one query (by groups of
 * ids, {@link MongoCollections#findByIds}) instead of a round trip per document.
 */
public class TrackedDocuments<D extends TrackedDocument> {

    private final MongoTemplate mongo;
    private final Class<D> type;
    private final String collection;
    private final EventKeys keys;
    private final boolean last;

    /** Documents of {@code type} in {@code collection}, each read when a handler first asks for it. */
    public TrackedDocuments(MongoTemplate mongo, Class<D> type, String collection) {
        this(mongo, type, collection, EventKeys.NONE);
    }

    /** As above; a batch reads the documents {@code keys} names for its events in one query, at its first look-up. */
    public TrackedDocuments(MongoTemplate mongo, Class<D> type, String collection, EventKeys keys) {
        this(mongo, type, collection, keys, false);
    }

    private TrackedDocuments(MongoTemplate mongo, Class<D> type, String collection, EventKeys keys, boolean last) {
        this.mongo = mongo;
        this.type = type;
        this.collection = collection;
        this.keys = keys;
        this.last = last;
    }

    /**
     * The same documents, written after every other write of the batch ({@link BatchWrites#atEnd}): for documents
     * that count or point at documents of other collections, so that a crash between the writes leaves them behind,
     * never ahead, and the redelivered events repair the rest.
     */
    public TrackedDocuments<D> writtenAfterOthers() {
        return new TrackedDocuments<>(mongo, type, collection, keys, true);
    }

    public String collection() {
        return collection;
    }

    /** Creates the document from its aggregate's first event (or leaves it if that event was applied before). */
    public void create(String id, Recorded recorded, Supplier<D> creation) {
        Batch batch = batch();
        D existing = find(batch, id);
        if (existing != null && existing.lastEventIndex >= recorded.position()) {
            return;
        }
        D document = creation.get();
        document.id = id;
        stamp(document, recorded.position(), recorded.sequence());
        store(batch, document);
    }

    /** Applies an event of the document's own aggregate, which also moves its version. */
    public void update(String id, Recorded recorded, Consumer<D> change) {
        apply(id, recorded.position(), recorded.sequence(), change);
    }

    /** Applies an event of another aggregate that concerns this document; the version stays. */
    public void touch(String id, Recorded recorded, Consumer<D> change) {
        apply(id, recorded.position(), null, change);
    }

    /**
     * Applies an event of the document's own aggregate to the document, made by {@code creation} first if there is
     * none: for documents that several events fill in turn (a page of a list). Each event may change a document once.
     */
    public void updateOrCreate(String id, Recorded recorded, Supplier<D> creation, Consumer<D> change) {
        Batch batch = batch();
        D document = find(batch, id);
        if (document == null) {
            document = creation.get();
            document.id = id;
        } else if (document.lastEventIndex >= recorded.position()) {
            return;
        }
        change.accept(document);
        stamp(document, recorded.position(), recorded.sequence());
        store(batch, document);
    }

    /** Removes the document (an idempotent act: removing what is gone changes nothing). */
    public void remove(String id) {
        Batch batch = batch();
        if (batch == null) {
            mongo.remove(byId(id), collection);
            return;
        }
        batch.documents.put(id, Optional.empty());
        batch.changed.remove(id);
        batch.removed.add(id);
    }

    private void apply(String id, long position, Long sequence, Consumer<D> change) {
        Batch batch = batch();
        D document = find(batch, id);
        if (document == null || document.lastEventIndex >= position) {
            return;
        }
        change.accept(document);
        stamp(document, position, sequence == null ? document.version : sequence);
        store(batch, document);
    }

    private D find(Batch batch, String id) {
        if (batch == null) {
            return mongo.findById(id, type, collection);
        }
        if (!batch.prefetched) {
            batch.prefetched = true;
            prefetch(batch);
        }
        return batch.documents.computeIfAbsent(id, key -> Optional.ofNullable(mongo.findById(key, type, collection)))
                .orElse(null);
    }

    /** Reads, in one query, the documents the batch's events name and the batch has not read yet; notes the absent. */
    private void prefetch(Batch batch) {
        if (keys == EventKeys.NONE
                || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> unitOfWork)) {
            return;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (Object message : unitOfWork.getMessages()) {
            if (message instanceof EventMessage<?> event) {
                wanted.addAll(keys.of(event.getPayload()));
            }
        }
        wanted.removeAll(batch.documents.keySet());
        if (wanted.isEmpty()) {
            return;
        }
        MongoCollections.findByIds(mongo, wanted, type, collection)
                .forEach(document -> batch.documents.putIfAbsent(document.id, Optional.of(document)));
        wanted.forEach(id -> batch.documents.putIfAbsent(id, Optional.empty()));
    }

    private void store(Batch batch, D document) {
        if (batch == null) {
            mongo.save(document, collection);
            return;
        }
        batch.documents.put(document.id, Optional.of(document));
        batch.removed.remove(document.id);
        batch.changed.add(document.id);
    }

    private static void stamp(TrackedDocument document, long position, long sequence) {
        document.lastEventIndex = position;
        document.version = sequence;
    }

    private Batch batch() {
        return last ? BatchWrites.atEnd("tracked:" + collection, Batch::new)
                : BatchWrites.of("tracked:" + collection, Batch::new);
    }

    private static Query byId(String id) {
        return new Query(Criteria.where("_id").is(id));
    }

    /** The documents a batch read and changed, written in one bulk when it ends. */
    private final class Batch implements BatchWrites.Pending {
        final Map<String, Optional<D>> documents = new HashMap<>();
        final Set<String> changed = new LinkedHashSet<>();
        final Set<String> removed = new LinkedHashSet<>();
        /** Whether the documents the batch's events name have been read ({@link #prefetch}). */
        boolean prefetched;

        @Override
        public void write() {
            if (changed.isEmpty() && removed.isEmpty()) {
                return;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type, collection);
            changed.forEach(id -> bulk.replaceOne(byId(id), documents.get(id).orElseThrow(),
                    FindAndReplaceOptions.options().upsert()));
            removed.forEach(id -> bulk.remove(byId(id)));
            bulk.execute();
        }
    }
}
