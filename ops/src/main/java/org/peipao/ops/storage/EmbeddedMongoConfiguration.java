package org.peipao.ops.storage;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.peipao.ops.PeipaoProperties;
import org.peipao.ops.ProcessRoles.ConditionalOnReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * With no {@code spring.data.mongodb.uri}, the read side keeps its read models in an in-process
 * MongoDB-wire-compatible store (mongo-java-server) on 127.0.0.1, file-backed under the data directory: its H2 backend
 * keeps each collection in an H2 MVStore map ({@link ReadModelBackend}), with the page cache of {@link StorageProperties},
 * and its file is kept compact ({@link ReadModelFileCompaction}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnReads
@ConditionalOnExpression("'${spring.data.mongodb.uri:}'.isEmpty()")
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);
    static final String DATABASE = "peipao";
    /** The store's file under {@code <data-dir>/mongo}: "-2" since its index keys and documents are {@link ReadModelBackend}'s types. */
    static final String FILE = "readmodels-2.mv";
    /** The file of the library's own ordering, which this version no longer opens. */
    private static final String EARLIER_FILE = "readmodels.mv";

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongo(PeipaoProperties peipao, StorageProperties storage, Clock clock) {
        MongoBackend backend;
        String where;
        if (storage.embeddedMongoPersistent()) {
            Path directory = peipao.dataDir().resolve("mongo").toAbsolutePath().normalize();
            createDirectories(directory);
            dropEarlierFormat(directory);
            int cacheMegabytes = (int) storage.embeddedMongoCache().toMegabytes();
            ReadModelBackend readModels = openReadModels(directory.resolve(FILE), cacheMegabytes,
                    storage.embeddedMongoCompression(), clock);
            try {
                StorageProperties.Compaction compaction = storage.embeddedMongoCompaction();
                readModels.compactFile(compaction.targetFillRate(), (int) Math.min(Integer.MAX_VALUE,
                        compaction.budget().toBytes()), compaction.interval(), compaction.retention());
            } catch (RuntimeException e) {
                readModels.close();
                throw e;
            }
            backend = readModels;
            where = "data under " + directory + ", a page cache of " + cacheMegabytes + " MB, page compression "
                    + storage.embeddedMongoCompression().name().toLowerCase(Locale.ROOT);
        } else {
            backend = new MemoryBackend();
            where = "data in memory only";
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", storage.embeddedMongoPort()); // a failed bind shuts the server and its backend down
        InetSocketAddress address = server.getLocalAddress();
        log.info("Read models: embedded MongoDB-compatible store (mongo-java-server) at mongodb://127.0.0.1:{}/{}, {}."
                        + " For production set spring.data.mongodb.uri (env SPRING_DATA_MONGODB_URI) to a real MongoDB.",
                address.getPort(), DATABASE, where);
        return server;
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(MongoServer embeddedMongo) {
        ConnectionString connection = new ConnectionString(
                "mongodb://127.0.0.1:" + embeddedMongo.getLocalAddress().getPort() + "/" + DATABASE);
        return () -> connection;
    }

    /**
     * The read models in {@code file}, opened with a page cache of {@code cacheMegabytes}, its pages written with
     * {@code compression} (pages already written stay as they are, and are read either way). A file in which H2
     * MVStore detects corruption while opening it (as a power loss can leave it, {@link ReadModelFileCompaction}),
     * with no I/O error behind it, is set aside as {@code <file>.unreadable-<epoch millis>} (kept for a look, never
     * deleted), and the read models start empty: their tracking tokens are gone with them, so every processor
     * replays the event store from its start. The list of past verification runs, kept in this store, goes with the
     * file; the receipts those runs issued still check against the events.
     *
     * @throws org.h2.mvstore.MVStoreException for any other failure to open it (a file another process holds, one
     *         that cannot be read, one of a newer format), untouched
     * @throws UncheckedIOException when a corrupt file cannot be moved aside
     */
    static ReadModelBackend openReadModels(Path file, int cacheMegabytes, StorageProperties.Compression compression,
                                           Clock clock) {
        try {
            return open(file, cacheMegabytes, compression);
        } catch (MVStoreException e) {
            if (e.getErrorCode() != DataUtils.ERROR_FILE_CORRUPT || causedByIo(e)) {
                throw e;
            }
            Path aside = uniqueSibling(file, ".unreadable-" + clock.millis());
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                moveFailed.addSuppressed(e);
                throw new UncheckedIOException("cannot move the unreadable read-model file " + file + " aside",
                        moveFailed);
            }
            log.error("Read models: {} is corrupt; moved it to {}. The read models are rebuilt from the events.",
                    file, aside, e);
            try {
                return open(file, cacheMegabytes, compression);
            } catch (RuntimeException again) {
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** {@code <file><suffix>}, or with {@code -2}, {@code -3}... appended when that name is taken. */
    private static Path uniqueSibling(Path file, String suffix) {
        Path sibling = file.resolveSibling(file.getFileName() + suffix);
        for (int n = 2; Files.exists(sibling); n++) {
            sibling = file.resolveSibling(file.getFileName() + suffix + "-" + n);
        }
        return sibling;
    }

    private static ReadModelBackend open(Path file, int cacheMegabytes, StorageProperties.Compression compression) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMegabytes);
        switch (compression) {
            case FAST -> builder.compress();
            case HIGH -> builder.compressHigh();
            case NONE -> { }
        }
        MVStore store = builder.open();
        try {
            return new ReadModelBackend(store); // opens every collection's catalogue and roots: corruption may show here
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
    }

    /**
     * Deletes a read-model file of the earlier format. Read models and their tracking tokens are derived data: with
     * the new file empty, every processor replays the event store from its start.
     */
    private static void dropEarlierFormat(Path directory) {
        Path earlier = directory.resolve(EARLIER_FILE);
        try {
            if (Files.deleteIfExists(earlier)) {
                log.warn("Read models: deleted {} (an earlier file format); the read models are rebuilt from the events.",
                        earlier);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the read models' earlier file " + earlier, e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the read models' directory " + directory, e);
        }
    }
}
