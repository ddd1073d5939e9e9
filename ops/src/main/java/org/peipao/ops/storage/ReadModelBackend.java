package org.peipao.ops.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * mongo-java-server's H2 backend (each collection an H2 MVStore map, its collections and indexes the library's), with
 * the two data types the library leaves to MVStore's {@link ObjectDataType} set explicitly. That type Java-serialises
 * any object of a class it does not know, and the benchmark's profile of the read side (issue 14) found it behind most
 * of the server's CPU:
 * <ul>
 *   <li>the keys of the unique indexes, the {@code _id} index included ({@link KeyValue}), were compared by
 *   serialising both sides, at every step of every look-up: a quarter of the CPU. {@link KeyValues} compares them as
 *   BSON values, and writes them as BSON;</li>
 *   <li>the documents were written to and read from the file by Java serialisation. {@link BsonDocuments} writes them
 *   as BSON, the form they arrive and leave in.</li>
 * </ul>
 * Its collections read a scan one batch at a time and keep no running total of their documents' size
 * ({@link Collection}). Index keys are in another order than the library's, and documents in other bytes: a file
 * written by the library's own types must not be opened with these ({@link EmbeddedMongoConfiguration} keeps this
 * store in a file of its own).
 */
class ReadModelBackend extends H2Backend {

    ReadModelBackend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * A non-static inner class on purpose: {@link H2Database}'s constructor already opens the collections and indexes
     * (through the two methods below), and an inner instance's enclosing backend is set before that constructor runs.
     * The maps keep the library's names ({@code databases.}, {@code meta.}, {@code ._index_}): {@link H2Database} finds,
     * drops and renames them by those names.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String name = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap("databases." + name,
                    new MVMap.Builder<Object, Document>().valueType(BsonDocuments.TYPE));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + name);
            return new Collection(this, collectionName, options, documents, meta, cursorRegistry, getMvStore());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> map = getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_"
                    + indexName, new MVMap.Builder<KeyValue, Object>().keyType(KeyValues.TYPE));
            return new ReadModelUniqueIndex(map, indexName, keys, sparse);
        }
    }

    /**
     * The library's collection, with four changes:
     * <ul>
     *   <li>a document in the map is never changed in place: queries hand out copies ({@link #getDocument});</li>
     *   <li>a query that no index serves, with a batch size and no sort, skip or limit (the read-model check's scans
     *   of whole collections), is answered by a {@link Scan}, which reads one batch per reply. The library collects
     *   every matching document into one list for the cursor to hand out, so a scan of a collection held the whole
     *   collection in the heap (at a million events, more than the server's 512 MB);</li>
     *   <li>every other query no index serves, and each batch of a scan, reads the store's current version under a
     *   registered usage ({@link MVStore#registerVersionUsage}), so that no page it has yet to read is freed under it. A
     *   read walks the map's pages lazily from the root it began at; MVStore frees a chunk once no registered version
     *   needs it and it is older than its retention time (45 s), so a read longer than that, while writes or compaction
     *   moved its pages, failed with "Chunk ... not found" (the benchmark's full verification at 20,000 events did). A
     *   look-up by index reads each document from the map's root of that moment, in microseconds;</li>
     *   <li>no running total of the documents' BSON size (the {@code size} of {@code collStats}, which no read model
     *   reads): the library keeps it by BSON-encoding the old and the new document of every update, and the document of
     *   every insert and delete, a second and third time, and by rewriting the collection's meta map on every write.</li>
     * </ul>
     */
    private static final class Collection extends H2Collection {

        /** Documents per reply of a {@link Scan} asked for more without a batch size (MongoDB's is 16 MB of them). */
        private static final int DEFAULT_BATCH = 1_000;

        private final MVMap<Object, Document> documents;
        private final MVStore store;

        Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
                   MVMap<String, Object> meta, CursorRegistry cursors, MVStore store) {
            super(database, name, options, documents, meta, cursors);
            this.documents = documents;
            this.store = store;
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
                        : documents.values().stream();
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
            Document stored = super.getDocument(position);
            return stored == null ? null : stored.cloneDeeply();
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
             * The next {@code count} matching documents ({@value #DEFAULT_BATCH} when 0), projected; read under the
             * collection's lock, as the library's own queries are (its query matcher keeps state).
             */
            @Override
            public List<Document> takeDocuments(int count) {
                int wanted = count > 0 ? count : DEFAULT_BATCH;
                List<Document> matched = new ArrayList<>(Math.min(wanted, DEFAULT_BATCH));
                synchronized (Collection.this) {
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
                for (Cursor<Object, Document> cursor = documents.cursor(from); more && cursor.hasNext(); ) {
                    Object key = cursor.next();
                    if (matched.size() == wanted) {
                        exhausted = false;
                        break;
                    }
                    last = key;
                    if (documentMatchesQuery(cursor.getValue(), query)) {
                        matched.add(cursor.getValue());
                    }
                }
                failIfDropped(); // a map being removed is emptied before it is closed: it may have looked empty
            }

            /**
             * MongoDB's answer to a getMore on a dropped collection. The library unregisters a dropped collection, then
             * H2 empties and closes its map: either sign means the batch just read cannot be trusted.
             */
            private void failIfDropped() {
                boolean unregistered = getDatabase().resolveCollection(getCollectionName(), false) != Collection.this;
                if (documents.isClosed() || unregistered) {
                    throw new MongoServerError(175, "QueryPlanKilled",
                            "collection " + getCollectionName() + " was dropped during the scan");
                }
            }
        }
    }
}
