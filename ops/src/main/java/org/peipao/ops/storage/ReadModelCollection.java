package org.peipao.ops.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The library's collection, with six changes:
 * <ul>
 *   <li>the map holds {@link StoredDocument}s, each encoded as BSON once, not at every write of its page;</li>
 *   <li>a replacement by a string {@code _id} is made with one look-up and no copies ({@link #updateDocuments});</li>
 *   <li>a document in the map is never changed in place: queries hand out copies ({@link #getDocument});</li>
 *   <li>a query that no index serves, with a batch size and no sort, skip or limit (the read-model check's scans
 *   of whole collections, and every such find without a batch size, which {@link ReadModelBackend#handleCommand}
 *   gives MongoDB's), is answered by a {@link Scan}, which reads one batch per reply. The library collects
 *   every matching document into one list for the cursor to hand out, so a scan of a collection held the whole
 *   collection in the heap (at a million events, more than the server's 512 MB);</li>
 *   <li>every other query no index serves, and each batch of a scan, reads the store's current version under a
 *   registered usage ({@link MVStore#registerVersionUsage}), so that no page it has yet to read is freed under it. A
 *   read walks the map's pages lazily from the root it began at; MVStore frees a chunk once no registered version
 *   needs it and it is older than its retention time (45 s by default, 5 s here: {@link ReadModelFileCompaction}),
 *   so a read longer than that, while writes or compaction moved its pages, failed with "Chunk ... not found" (the
 *   benchmark's full verification at 20,000 events did). A
 *   look-up by index reads each document from the map's root of that moment, in microseconds;</li>
 *   <li>no running total of the documents' BSON size (the {@code size} of {@code collStats}, which no read model
 *   reads): the library keeps it by BSON-encoding the old and the new document of every update, and the document of
 *   every insert and delete, a second and third time, and by rewriting the collection's meta map on every write.</li>
 * </ul>
 */
final class ReadModelCollection extends H2Collection {

    private static final String ID = "_id";

    private final MVMap<Object, StoredDocument> documents;
    private final MVStore store;

    /**
     * The library's collection over a map whose values are {@link StoredDocument}s, not the library's documents: every
     * method of {@link H2Collection} that reads or writes the map's values is overridden here.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    ReadModelCollection(MongoDatabase database, String name, CollectionOptions options,
                        MVMap<Object, StoredDocument> documents, MVMap<String, Object> meta, CursorRegistry cursors,
                        MVStore store) {
        super(database, name, options, (MVMap) documents, meta, cursors);
        this.documents = documents;
        this.store = store;
    }

    /** {@code document} as the map holds it: encoded at once in an in-memory store ({@link StoredDocument#encoded}). */
    private StoredDocument stored(Document document) {
        return store.getFileStore() == null ? StoredDocument.encoded(document) : StoredDocument.of(document);
    }

    /** As the library's: the document's {@code _id} is its key. */
    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
        StoredDocument previous = documents.putIfAbsent(Missing.ofNullable(key), stored(document));
        if (previous != null) {
            throw new IllegalStateException("Document with key '" + key + "' already existed in " + this);
        }
        return key;
    }

    /**
     * A replacement of one document found by its {@code _id} (a string), upserted or not, is made here with one
     * look-up in the map: the read models write in bulks of such {@code replaceOne}s. The library finds the document
     * through its {@code _id} index, copies it twice and copies the replacement once more: a third of the embedded
     * store's request threads in the profile of a dashboard rebuild (issue 14). The stored document, the indexes and
     * the result are the library's for the same update (the oplog, which this server does not keep, is told of the
     * update as given); any other update, and a replacement with a dotted field name (which the library refuses), is
     * left to the library.
     */
    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                 boolean isMulti, boolean isUpsert, Oplog oplog) {
        Object id = selector.get(ID);
        if (isMulti || selector.size() != 1 || !(id instanceof String) || !arrayFilters.isEmpty()
                || !ID.equals(getIdField()) || update.keySet().stream().anyMatch(key -> key.startsWith("$")
                || key.contains(".")) || (update.containsKey(ID) && !id.equals(update.get(ID)))) {
            return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
        }
        StoredDocument stored = documents.get(id);
        if (stored == null && !isUpsert) {
            oplog.handleUpdate(getFullName(), selector, update, List.of());
            return result(0, false);
        }
        Document replacement = replacement((String) id, update);
        if (stored == null) {
            addDocument(replacement);
            oplog.handleInsert(getFullName(), List.of(replacement));
            return result(0, false).append("upserted", id);
        }
        Document old = stored.view();
        boolean modified = !replacement.equals(old);
        if (modified) {
            for (Index<Object> index : getIndexes()) {
                index.checkUpdate(old, replacement, this);
            }
            for (Index<Object> index : getIndexes()) {
                index.updateInPlace(old, replacement, id, this);
            }
            documents.put(id, stored(replacement));
        }
        oplog.handleUpdate(getFullName(), selector, update, modified ? List.of(id) : List.of());
        return result(1, modified);
    }

    /** The library's answer to one update: the documents it matched, and whether it changed the one it found. */
    private static Document result(int matched, boolean modified) {
        return new Document("n", matched).append("nModified", modified ? 1 : 0);
    }

    /** The document a replacement stores, its field names checked as the library checks them. */
    private static Document replacement(String id, Document update) {
        Document replacement = new Document(ID, id);
        update.forEach((key, value) -> {
            if (!key.equals(ID)) {
                replacement.put(key, value); // the update was decoded for this command alone: no copy needed
            }
        });
        Utils.validateFieldNames(replacement);
        return replacement;
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        documents.put(Missing.ofNullable(position), stored(newDocument));
    }

    @Override
    protected void removeDocument(Object position) {
        if (documents.remove(position) == null) {
            throw new NoSuchElementException("No document with key " + position);
        }
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(entry.getValue().view(), entry.getKey()));
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        if (batchSize > 0 && numberToSkip == 0 && limit == 0 && (orderBy == null || orderBy.isEmpty())) {
            Scan scan = new Scan(cursorRegistry.generateCursorId(), query, fieldSelector);
            List<Document> first = scan.takeDocuments(batchSize);
            if (scan.isEmpty()) {
                return new QueryResult(first);
            }
            cursorRegistry.add(scan);
            return new QueryResult(first, scan);
        }
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            Stream<Document> stored = isNaturalDescending(orderBy)
                    ? streamAllDocumentsWithPosition().sorted((a, b) -> ValueComparator.desc()
                    .compare(a.getPosition(), b.getPosition())).map(DocumentWithPosition::getDocument)
                    : documents.values().stream().map(StoredDocument::view);
            // copies of the matching documents only (see getDocument); the library matches each copy again
            return matchDocumentsFromStream(stored.filter(document -> documentMatchesQuery(document, query))
                    .map(Document::cloneDeeply), query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }

    /**
     * A copy of the stored document. The library updates a document in place, on the object its query returned,
     * then puts it back: were that the object in the map, MVStore's background writer could be serialising it
     * meanwhile (the benchmark's build of 100,000 events on 2026-11-30 died of a ConcurrentModificationException in
     * that writer, after which MVStore closes the store and every read model fails), and a reply being encoded
     * could hold half an update. So a document in the map is never changed: queries hand out copies, and an update
     * puts its changed copy in the original's place. A {@link Scan} hands out the stored documents themselves: it
     * only reads them, and no update reads through it (updates ask for no batch size).
     */
    @Override
    protected Document getDocument(Object position) {
        StoredDocument stored = documents.get(position);
        return stored == null ? null : stored.copy();
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /**
     * A cursor over the collection in its stored order ({@code _id}) that reads each batch when it is asked for it,
     * from the map's current version, resuming after the last document it examined; the library's own cursor
     * serves batches from a list of every matching document. Like a MongoDB cursor, and unlike that list, it is no
     * snapshot: a document changed during the scan is read as it is when the scan reaches it, and each document is
     * read at most once (an {@code _id} does not change). A scan whose collection was dropped fails, as MongoDB's
     * does, rather than end early as if it had read everything.
     */
    private final class Scan extends AbstractCursor {

        private final Document query;
        private final Document fieldSelector;
        /** The key of the last document the scan examined; {@code null} before its first batch. */
        private Object last;
        private boolean exhausted;

        Scan(long id, Document query, Document fieldSelector) {
            super(id);
            this.query = query;
            this.fieldSelector = fieldSelector;
        }

        @Override
        public boolean isEmpty() {
            return exhausted;
        }

        /**
         * The next {@code count} matching documents ({@value ReadModelBackend#NEXT_BATCH} when 0), fewer if they reach
         * {@value ReadModelBackend#BATCH_BYTES} bytes (as MongoDB ends a batch at 16 MB), projected; read under the
         * collection's lock, as the library's own queries are (its query matcher keeps state).
         */
        @Override
        public List<Document> takeDocuments(int count) {
            int wanted = count > 0 ? count : ReadModelBackend.NEXT_BATCH;
            List<Document> matched = new ArrayList<>(Math.min(wanted, ReadModelBackend.NEXT_BATCH));
            synchronized (ReadModelCollection.this) {
                MVStore.TxCounter reading = store.registerVersionUsage();
                try {
                    readBatch(wanted, matched);
                } finally {
                    store.deregisterVersionUsage(reading);
                }
                if (fieldSelector == null || fieldSelector.isEmpty()) {
                    return matched;
                }
                // the library's projection, over this batch alone (its empty query matches every one of them)
                return matchDocumentsFromStream(matched.stream(), new Document(), null, 0, 0, 0, fieldSelector)
                        .collectDocuments();
            }
        }

        private void readBatch(int wanted, List<Document> matched) {
            failIfDropped();
            exhausted = true;
            Object from = last == null ? null : documents.higherKey(last);
            boolean more = last == null || from != null; // else nothing follows the last document examined
            long bytes = 0;
            for (Cursor<Object, StoredDocument> cursor = documents.cursor(from); more && cursor.hasNext(); ) {
                Object key = cursor.next();
                if (matched.size() == wanted || bytes >= ReadModelBackend.BATCH_BYTES) {
                    exhausted = false;
                    break;
                }
                last = key;
                StoredDocument stored = cursor.getValue();
                Document document = stored.view();
                if (documentMatchesQuery(document, query)) {
                    matched.add(document);
                    bytes += stored.memory();
                }
            }
            failIfDropped(); // a map being removed is emptied before it is closed: it may have looked empty
        }

        /**
         * MongoDB's answer to a getMore on a dropped collection. The library unregisters a dropped collection, then
         * H2 empties and closes its map: either sign means the batch just read cannot be trusted.
         */
        private void failIfDropped() {
            boolean unregistered = getDatabase().resolveCollection(getCollectionName(), false) != ReadModelCollection.this;
            if (documents.isClosed() || unregistered) {
                throw new MongoServerError(175, "QueryPlanKilled",
                        "collection " + getCollectionName() + " was dropped during the scan");
            }
        }
    }
}
