package org.peipao.ops.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.peipao.query.shared.CopyDestination;

import java.time.Duration;
import java.util.List;

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
 * ({@link ReadModelCollection}); those of scratch copies ({@link CopyDestination#isScratch}) are kept in an in-memory
 * MVStore ({@link Database}). Index keys are in another order than the library's, and documents in other bytes: a
 * file written by the library's own types must not be opened with these ({@link EmbeddedMongoConfiguration} keeps
 * this store in a file of its own). A plain find that names no batch size is answered in batches, as MongoDB
 * answers it ({@link #handleCommand}).
 */
class ReadModelBackend extends H2Backend {

    /** The first batch of a plain find that names no batch size ({@link #handleCommand}): MongoDB's, 101 documents. */
    static final int FIRST_BATCH = 101;
    /** Documents per batch when a cursor is asked for more without a batch size (MongoDB sends 16 MB of them). */
    static final int NEXT_BATCH = 1_000;
    /**
     * A batch of a scan ends once its documents reach about this many bytes (their {@link StoredDocument#memory()}
     * estimates), whatever its batch size: MongoDB ends one at 16 MB; a quarter of that keeps a reader's heap small
     * when documents are large.
     */
    static final long BATCH_BYTES = 4L << 20;

    /** Scratch copies' maps; {@code null} until the first is opened ({@link #scratch()}). */
    private MVStore scratch;
    /** The file's compaction; {@code null} unless {@link #compactFile} started one. */
    private ReadModelFileCompaction compaction;

    ReadModelBackend(MVStore store) {
        super(store);
    }

    /**
     * The library's, with MongoDB's batch sizes for a plain {@code find} (no batch size, sort, skip or limit, not
     * {@code singleBatch}) and for a {@code getMore} that names none. The library answers a plain find with every
     * matching document in one reply: the server holds them all in its heap at once, and past 48 MB the MongoDB driver
     * refuses the reply ("The reply message length ... is greater than the maximum message length"), as a
     * {@code find()} of the dashboard's cells did on the benchmark's 20,000-event store. With a batch size such a find
     * is a {@link ReadModelCollection} scan, which holds no documents between batches, or, when an index serves it, a
     * cursor over the few documents the index names. A sorted, skipped or limited find keeps the library's answer in
     * one reply: its cursor would hold the rest of its result, and the library never times out a cursor its client
     * abandons. The app's look-ups by id ask for at most
     * {@link org.peipao.query.shared.MongoCollections#IN_GROUP} documents, so each still takes one reply.
     */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return super.handleCommand(channel, databaseName, command, withDefaultBatchSize(command, query));
    }

    /** {@code query} itself, or a copy with the batch size MongoDB would use (see {@link #handleCommand}). */
    static Document withDefaultBatchSize(String command, Document query) {
        if (query.containsKey("batchSize")) {
            return query;
        }
        int batchSize;
        if (command.equalsIgnoreCase("getMore")) {
            batchSize = NEXT_BATCH;
        } else if (command.equalsIgnoreCase("find") && isPlain(query)) {
            batchSize = FIRST_BATCH;
        } else {
            return query;
        }
        Document withBatchSize = new Document(query);
        withBatchSize.put("batchSize", batchSize);
        return withBatchSize;
    }

    /** Whether a find has no sort, skip or limit and is not {@code singleBatch} (read as the library reads flags). */
    private static boolean isPlain(Document find) {
        return !Utils.isTrue(find.get("singleBatch")) && isZero(find.get("skip")) && isZero(find.get("limit"))
                && (!(find.get("sort") instanceof Document sort) || sort.isEmpty());
    }

    private static boolean isZero(Object number) {
        return number == null || number instanceof Number n && n.longValue() == 0;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * Keeps the store's file compact from now until {@link #close} ({@link ReadModelFileCompaction}): every
     * {@code interval} it syncs the file and, while less than {@code targetFillRate} percent of its rewritable chunks'
     * bytes are live, rewrites up to {@code budgetBytes} of the sparsest chunks' live pages; the store's retention
     * time becomes {@code retention}. Called once the collections are open (the constructor opens them), as only the
     * pages of open maps can be moved.
     *
     * @throws IllegalArgumentException for a target outside 1–100, a budget below 1, or a retention shorter than two
     *         intervals
     * @throws IllegalStateException when compaction already runs
     */
    synchronized void compactFile(int targetFillRate, int budgetBytes, Duration interval, Duration retention) {
        if (compaction != null) {
            throw new IllegalStateException("the read models' file is already being compacted");
        }
        ReadModelFileCompaction started = new ReadModelFileCompaction(getMvStore(), targetFillRate, budgetBytes);
        started.start(interval, retention);
        compaction = started;
    }

    /** The file's compaction, or {@code null} when none was started ({@link #compactFile}). */
    synchronized ReadModelFileCompaction fileCompaction() {
        return compaction;
    }

    /** Stops the file's compaction, then closes the store and the scratch copies' store. */
    @Override
    public void close() {
        synchronized (this) {
            if (compaction != null) {
                compaction.close();
            }
        }
        super.close();
        synchronized (this) {
            if (scratch != null) {
                scratch.close();
            }
        }
    }

    /**
     * The in-memory MVStore that holds the maps of scratch copies ({@link CopyDestination#isScratch}), made at first
     * use: the library's constructor opens the stored databases before this class's fields could be initialised.
     */
    private synchronized MVStore scratch() {
        if (scratch == null) {
            scratch = new MVStore.Builder().open();
            // An in-memory MVStore keeps 5 old versions by default, and so holds a removed map among its open ones
            // until that version goes out of scope; but nothing ever commits this store, so every scratch copy's maps
            // stayed open for good (1,215 after 100 as-of answers on the benchmark's 20,000-event store, 2026-12-03).
            // Without versions, MVStore forgets a removed map at once. Nothing here reads an old version.
            scratch.setVersionsToKeep(0);
        }
        return scratch;
    }

    /** The scratch copies' store, opened if need be: for tests that check what a drop leaves in it. */
    MVStore scratchStore() {
        return scratch();
    }

    /**
     * A non-static inner class on purpose: {@link H2Database}'s constructor already opens the collections and indexes
     * (through the methods below), and an inner instance's enclosing backend is set before that constructor runs.
     * The maps keep the library's names ({@code databases.}, {@code meta.}, {@code ._index_}): {@link H2Database} finds,
     * drops and renames them by those names.
     * <p>
     * The maps of a scratch copy's collections and indexes are kept in memory: an as-of answer writes and drops a
     * copy per request, which in the file cost page serialisation on every commit and, once dropped, chunk compaction
     * in the background (the profile of 40 as-of answers at 20,000 events, 2026-11-30). Their names and indexes are
     * still listed in the file's catalogue; after a restart such a collection is empty, as its copy is abandoned.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        private MVStore storeOf(String collectionName) {
            return CopyDestination.isScratch(collectionName) ? scratch() : getMvStore();
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String name = getFullCollectionNamespace(collectionName);
            MVStore store = storeOf(collectionName);
            MVMap<Object, StoredDocument> documents = store.openMap("databases." + name,
                    new MVMap.Builder<Object, StoredDocument>().valueType(BsonDocuments.TYPE));
            MVMap<String, Object> meta = store.openMap("meta." + name);
            return new ReadModelCollection(this, collectionName, options, documents, meta, cursorRegistry, store);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> map = storeOf(collectionName).openMap(indexMap(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(KeyValues.TYPE));
            return new ReadModelUniqueIndex(map, indexName, keys, sparse);
        }

        /**
         * An index the embedded store does not keep: a non-unique one, which the library ignores (it keeps no secondary
         * index, and logs as much). Its {@code EmptyIndex} says it is empty, so the library filled it when it opened a
         * collection, by reading every document twice to add nothing: at every start, for each such index stored in the
         * catalogue (13, on the read models of {@link org.peipao.query.shared.ReadModelIndexes}), which was most of the
         * time to ready at a million events (15 of the 16 s that opening the read models took, 2026-12-03).
         * {@link IgnoredIndex} is the same index, which says it is not; the catalogue still lists it, as before.
         */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            return new IgnoredIndex(indexName, keys);
        }

        /** The library's, which removes the index's map from the file; a scratch copy's is removed from memory. */
        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            if (CopyDestination.isScratch(collection.getCollectionName())) {
                scratch().removeMap(indexMap(collection.getCollectionName(), indexName));
            }
        }

        /** The library's, which removes the collection's maps from the file; a scratch copy's leave memory. */
        @Override
        public void dropCollection(String collectionName, Oplog oplog) {
            super.dropCollection(collectionName, oplog);
            if (CopyDestination.isScratch(collectionName)) {
                String name = getFullCollectionNamespace(collectionName);
                scratch().removeMap("databases." + name);
                scratch().removeMap("meta." + name);
            }
        }

        private String indexMap(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }

    /**
     * The library's {@code EmptyIndex} (it keeps nothing and serves no query), which says it is not empty, so that
     * opening a collection does not read every document to fill it ({@link Database#openOrCreateSecondaryIndex}).
     */
    static final class IgnoredIndex extends EmptyIndex<Object> {

        IgnoredIndex(String name, List<IndexKey> keys) {
            super(name, keys);
        }

        /** Never empty: there is nothing to add to it. */
        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
