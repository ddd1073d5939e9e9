package org.peipao.query.shared;

import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Applies events to documents of one collection idempotently: an event whose global position is not
 * beyond the document's last applied one is skipped. Documents are looked up by {@code _id} alone
 * (the one look-up every MongoDB serves from an index) and the guard is checked here. Safe because one
 * processor thread writes a collection.
 */
public class TrackedDocuments<D extends TrackedDocument> {

    private final MongoTemplate mongo;
    private final Class<D> type;
    private final String collection;

    public TrackedDocuments(MongoTemplate mongo, Class<D> type, String collection) {
        this.mongo = mongo;
        this.type = type;
        this.collection = collection;
    }

    public String collection() {
        return collection;
    }

    /** Creates the document from its aggregate's first event (or leaves it if that event was applied before). */
    public void create(String id, Recorded recorded, Supplier<D> creation) {
        D existing = mongo.findById(id, type, collection);
        if (existing != null && existing.lastEventIndex >= recorded.position()) {
            return;
        }
        D document = creation.get();
        document.id = id;
        save(document, recorded.position(), recorded.sequence());
    }

    /** Applies an event of the document's own aggregate, which also moves its version. */
    public void update(String id, Recorded recorded, Consumer<D> change) {
        apply(id, recorded.position(), recorded.sequence(), change);
    }

    /** Applies an event of another aggregate that concerns this document; the version stays. */
    public void touch(String id, Recorded recorded, Consumer<D> change) {
        apply(id, recorded.position(), null, change);
    }

    private void apply(String id, long position, Long sequence, Consumer<D> change) {
        D document = mongo.findById(id, type, collection);
        if (document == null || document.lastEventIndex >= position) {
            return;
        }
        change.accept(document);
        save(document, position, sequence == null ? document.version : sequence);
    }

    private void save(D document, long position, long sequence) {
        document.lastEventIndex = position;
        document.version = sequence;
        mongo.save(document, collection);
    }
}
