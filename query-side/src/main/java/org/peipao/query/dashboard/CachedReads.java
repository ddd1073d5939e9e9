package org.peipao.query.dashboard;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.peipao.query.shared.BatchWrites;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dashboard projection's reads, with the documents it last read or wrote kept across processor batches: a live
 * batch then reads from the store only the documents earlier batches did not touch (each event touches up to 48
 * totals, mostly the same few hundred). At most a given number of bytes are kept ({@link #CAPACITY} for the live
 * dashboard, none for one answer: {@link DashboardProjection#forAnswer}), the least recently used documents leaving
 * first; they are held as their BSON bytes and decoded afresh for each use, so a batch's changes in memory never leak
 * into the cache before they are written.
 * <p>
 * The cache is valid only while this projection is the dashboard's only writer. At the start of each batch it compares
 * the head the dashboard's marks have stored ({@link Checkpoints#cursor}) with the head it last wrote itself, and
 * forgets everything if they differ: another process held the processor meanwhile, or a batch's writes stopped half
 * way. A batch that rolls back, and a reset, forget everything too. Outside a batch (a projection fed by hand) every
 * read goes to the store.
 */
final class CachedReads implements DashboardReads {

    /**
     * The BSON bytes the live dashboard keeps at most: 32 MB. Bounded by bytes, not by a number of documents, because a
     * day's document grows with the events of its day (its leaderboard lines and enterprises served): 5,000 documents
     * (the bound until 2026-12-03) held 19.5 MB as objects at 100,000 events, and would hold ten times that at a
     * million.
     */
    static final long CAPACITY = 32L << 20;

    private final MongoTemplate mongo;
    private final DashboardReads store;
    private final String key;
    private final long capacity;
    private final Codec<Document> codec;
    /** The kept documents by collection and id, least recently used first. */
    private final Map<String, RawBsonDocument> documents = new LinkedHashMap<>(256, 0.75f, true);
    /** The BSON bytes of {@link #documents}. */
    private long bytes;
    /** The stored head the documents reflect; {@code null}: unknown, nothing kept. */
    private Long head;

    /**
     * Reads from {@code store}, keeping at most {@code capacity} bytes of documents in their BSON form (0: none, every
     * read goes to the store).
     */
    CachedReads(MongoTemplate mongo, DashboardReads store, long capacity) {
        this.mongo = mongo;
        this.store = store;
        this.capacity = capacity;
        this.codec = mongo.getDb().getCodecRegistry().get(Document.class);
        this.key = "dashboard-cache@" + System.identityHashCode(this);
    }

    @Override
    public String collection(String logical) {
        return store.collection(logical);
    }

    @Override
    public <D> Map<String, D> byIds(String logical, Class<D> type, Collection<String> ids, Function<D, String> idOf) {
        Batch batch = batch();
        if (batch == null || capacity == 0) {
            return store.byIds(logical, type, ids, idOf);
        }
        String collection = collection(logical);
        Map<String, D> found = new HashMap<>();
        List<String> missing;
        synchronized (this) {
            missing = ids.stream().filter(id -> {
                RawBsonDocument kept = documents.get(collection + '\u0000' + id);
                if (kept != null) {
                    found.put(id, mongo.getConverter().read(type, kept.decode(codec)));
                }
                return kept == null;
            }).toList();
        }
        if (!missing.isEmpty()) {
            Map<String, D> read = store.byIds(logical, type, missing, idOf);
            Map<String, Document> stored = new HashMap<>();
            read.forEach((id, document) -> stored.put(id, toStored(document)));
            keep(collection, stored);
            found.putAll(read);
        }
        return found;
    }

    @Override
    public void written(String logical, Map<String, Document> stored) {
        if (batch() != null) {
            keep(collection(logical), stored);
        }
    }

    /** Records that the batch handled the event at {@code position} (the marks' cursor moves there when it ends). */
    void handled(long position) {
        Batch batch = batch();
        if (batch != null) {
            batch.last = Math.max(batch.last, position);
        }
    }

    /**
     * The checkpoint interval the dashboard's marks held when the current batch began ({@link Checkpoints#storedEvery}),
     * read afresh for each batch, since another process may have replayed the dashboard at another interval meanwhile;
     * outside a batch, as stored now.
     */
    Optional<Long> storedEvery() {
        Batch batch = batch();
        return batch != null ? batch.every : Checkpoints.storedEvery(mongo, store.collection(Checkpoints.MARKS));
    }

    /** Forgets every document (a reset). */
    synchronized void forget() {
        documents.clear();
        bytes = 0;
        head = null;
    }

    private synchronized void keep(String collection, Map<String, Document> stored) {
        if (head == null || capacity == 0) {
            return;
        }
        stored.forEach((id, document) -> {
            RawBsonDocument encoded = new RawBsonDocument(document, codec);
            bytes += size(encoded);
            RawBsonDocument replaced = documents.put(collection + '\u0000' + id, encoded);
            if (replaced != null) {
                bytes -= size(replaced);
            }
        });
        Iterator<RawBsonDocument> eldest = documents.values().iterator();
        while (bytes > capacity && eldest.hasNext()) {
            bytes -= size(eldest.next());
            eldest.remove();
        }
    }

    private static int size(RawBsonDocument document) {
        return document.getByteBuffer().remaining();
    }

    private Document toStored(Object document) {
        Document stored = new Document();
        mongo.getConverter().write(document, stored);
        return stored;
    }

    /** The current batch, begun at first use; {@code null} outside a batch. */
    private Batch batch() {
        return BatchWrites.atEnd(key, () -> {
            Checkpoints.Cursor cursor = Checkpoints.cursor(mongo, store.collection(Checkpoints.MARKS));
            long stored = cursor == null ? -1 : cursor.lastEventIndex;
            synchronized (this) {
                if (head == null || head != stored) {
                    documents.clear();
                    bytes = 0;
                }
                head = stored;
            }
            CurrentUnitOfWork.get().onRollback(unitOfWork -> forget());
            return new Batch(stored, Checkpoints.everyOf(cursor));
        });
    }

    /** A batch of the processor: once its writes are stored, the marks' cursor stands at its last event. */
    private final class Batch implements BatchWrites.Pending {
        final Optional<Long> every;
        long last;

        Batch(long start, Optional<Long> every) {
            this.last = start;
            this.every = every;
        }

        @Override
        public void write() {
            synchronized (CachedReads.this) {
                if (head != null) {
                    head = last;
                }
            }
        }
    }
}
