package org.peipao.ops.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Queries of a whole collection in batches (a batch size, no sort, skip or limit) on the embedded read-model store:
 * they answer what the library's own query answers, read one batch per reply (so a scan fits a heap far smaller than
 * the collection), and see the collection as it is when they reach each document, as a MongoDB cursor does.
 */
class ReadModelScanTest {

    @TempDir
    Path directory;

    @Test
    void answersInBatchesWhatTheLibraryAnswersInOneList() {
        withCollection("cells", cells -> {
            cells.insertMany(IntStream.range(0, 2_500).mapToObj(i -> new Document("_id", String.format("cell|%05d", i))
                    .append("period", i % 3 == 0 ? "all" : "D2026-11-" + (1 + i % 28)).append("n", (long) i)
                    .append("nested", new Document("k", i % 7).append("v", List.of(i, i + 1)))).toList());
            List<Bson> filters = List.of(new Document(), Filters.eq("period", "all"), Filters.gte("n", 2_400L),
                    Filters.eq("nested.k", 3), Filters.eq("period", "none"));
            List<Bson> projections = List.of(new Document(), Projections.include("_id", "n"),
                    Projections.include("n"), Projections.exclude("nested"), Projections.include("nested.k"));
            for (Bson filter : filters) {
                for (Bson projection : projections) {
                    // with a limit the library's own query answers (one list, served in batches)
                    List<Document> whole = cells.find(filter).projection(projection).limit(Integer.MAX_VALUE)
                            .into(new ArrayList<>());
                    for (int batch : new int[]{1, 7, 1_000, 5_000}) {
                        assertThat(cells.find(filter).projection(projection).batchSize(batch).into(new ArrayList<>()))
                                .as("filter %s, projection %s, batches of %d", filter, projection, batch)
                                .isEqualTo(whole);
                    }
                }
            }
            assertThat(cells.find(Filters.eq("period", "all")).batchSize(10).into(new ArrayList<>())).hasSize(834);
        });
    }

    /**
     * MongoDB's batches for a plain find that names no batch size: 101 documents first, then more on request (a scan,
     * or a cursor over what an index names). The library sent every document in the first reply (see
     * {@link #aFindWithoutABatchSizeFitsTheSmallHeapToo}); a sorted or limited find still gets it that way.
     */
    @Test
    void aPlainFindWithoutABatchSizeAnswersInMongoDbsBatches() {
        List<Integer> firstBatches = new ArrayList<>();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                if (event.getCommandName().equals("find")) {
                    firstBatches.add(event.getResponse().getDocument("cursor").getArray("firstBatch").size());
                }
            }
        };
        withCollection("cells", listener, cells -> {
            cells.insertMany(IntStream.range(0, 300).mapToObj(i -> new Document("_id", String.format("c%03d", i))
                    .append("even", i % 2 == 0)).toList());
            List<Object> ascending = IntStream.range(0, 300).mapToObj(i -> (Object) String.format("c%03d", i)).toList();
            assertThat(ids(cells.find())).isEqualTo(ascending);
            assertThat(ids(cells.find(Filters.eq("even", true)))).hasSize(150);
            List<Object> first150 = ascending.subList(0, 150); // served by the _id index, a cursor over 150 documents
            assertThat(ids(cells.find(Filters.in("_id", first150)))).isEqualTo(first150);
            assertThat(ids(cells.find().sort(Sorts.descending("_id")))).isEqualTo(descending(ascending));
            assertThat(ids(cells.find().limit(200))).isEqualTo(ascending.subList(0, 200));
            assertThat(ids(cells.find().limit(-200))).isEqualTo(ascending.subList(0, 200));
        });
        assertThat(firstBatches).containsExactly(101, 101, 101, 300, 200, 200);
    }

    /** A find the driver marks {@code singleBatch} (a negative limit) keeps the library's answer in one reply. */
    @Test
    void aSingleBatchFindIsLeftAsItCame() {
        de.bwaldvogel.mongo.bson.Document find = new de.bwaldvogel.mongo.bson.Document("find", "cells");
        find.put("singleBatch", true);
        assertThat(ReadModelBackend.withDefaultBatchSize("find", find)).isSameAs(find);
        de.bwaldvogel.mongo.bson.Document plain = new de.bwaldvogel.mongo.bson.Document("find", "cells");
        assertThat(ReadModelBackend.withDefaultBatchSize("find", plain)).isNotSameAs(plain)
                .containsEntry("batchSize", ReadModelBackend.FIRST_BATCH);
        assertThat(plain).doesNotContainKey("batchSize");
    }

    @Test
    void readsEachDocumentOnceAsItIsWhenTheScanReachesIt() {
        withCollection("cells", cells -> {
            cells.insertMany(IntStream.range(0, 300).mapToObj(i -> new Document("_id", String.format("c%03d", i))
                    .append("v", 0)).toList());
            List<Document> seen = new ArrayList<>();
            try (MongoCursor<Document> scan = cells.find().batchSize(100).iterator()) {
                for (int i = 0; i < 100; i++) {
                    seen.add(scan.next()); // the first reply, c000 to c099
                }
                cells.updateOne(Filters.eq("_id", "c050"), new Document("$set", new Document("v", 1)));
                cells.updateOne(Filters.eq("_id", "c250"), new Document("$set", new Document("v", 1)));
                cells.deleteOne(Filters.eq("_id", "c260"));
                cells.insertOne(new Document("_id", "c999").append("v", 2));
                scan.forEachRemaining(seen::add);
            }
            Set<Object> ids = new HashSet<>();
            seen.forEach(document -> assertThat(ids.add(document.get("_id"))).as("%s once", document).isTrue());
            assertThat(ids).hasSize(300).doesNotContain("c260").contains("c999");
            assertThat(seen).contains(new Document("_id", "c050").append("v", 0),
                    new Document("_id", "c250").append("v", 1), new Document("_id", "c999").append("v", 2));
        });
    }

    @Test
    void aScanWhoseCollectionIsDroppedFailsInsteadOfEndingEarly() {
        withCollection("cells", cells -> {
            cells.insertMany(IntStream.range(0, 300).mapToObj(i -> new Document("_id", String.format("c%03d", i)))
                    .toList());
            try (MongoCursor<Document> scan = cells.find().batchSize(100).iterator()) {
                for (int i = 0; i < 100; i++) {
                    scan.next();
                }
                cells.drop();
                assertThatThrownBy(() -> scan.forEachRemaining(document -> { }))
                        .isInstanceOf(MongoException.class).hasMessageContaining("dropped during the scan");
            }
        });
    }

    /**
     * A collection of about 120 MB read in batches by a process with a 48 MB heap. The library's query collected every
     * document into one list, which does not fit (checked: without {@link ReadModelBackend}'s scan the child process
     * ends with an OutOfMemoryError).
     */
    @Test
    void aScanInBatchesFitsAHeapFarSmallerThanTheCollection() throws Exception {
        assertThat(scanInASmallHeap(largeCollection(), "50")).contains("scanned 3000 documents, 120000000 characters");
    }

    /**
     * The same collection read without a batch size, as the MongoDB shell reads it. The library answered with all
     * 120 MB in one reply (checked: without {@link ReadModelBackend#handleCommand} the child process ends with an
     * OutOfMemoryError; a client of the benchmark's 20,000-event store, with a larger heap, got "The reply message
     * length 52084291 is greater than the maximum message length 48000000"). Batches of 1,000 such documents would not
     * fit either: a batch also ends at {@link ReadModelBackend#BATCH_BYTES}.
     */
    @Test
    void aFindWithoutABatchSizeFitsTheSmallHeapToo() throws Exception {
        assertThat(scanInASmallHeap(largeCollection(), "none"))
                .contains("scanned 3000 documents, 120000000 characters");
    }

    /** A store of 3,000 documents of 40,000 characters each, closed. */
    private Path largeCollection() {
        Path file = directory.resolve("large.mv");
        String padding = "x".repeat(40_000);
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(4).open();
        MongoServer server = new MongoServer(new ReadModelBackend(store));
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server.bind()))) {
            MongoCollection<Document> cells = client.getDatabase("peipao").getCollection("cells");
            for (int from = 0; from < 3_000; from += 100) {
                int first = from;
                cells.insertMany(IntStream.range(first, first + 100).mapToObj(i -> new Document("_id", "c" + i)
                        .append("padding", padding)).toList());
            }
        } finally {
            server.shutdown();
        }
        store.close();
        return file;
    }

    /** What {@link ScanInASmallHeap} prints scanning {@code file} in batches of {@code batchSize} (it ends well). */
    private String scanInASmallHeap(Path file, String batchSize) throws Exception {
        Path log = directory.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ScanInASmallHeap.class.getName(), file.toString(), batchSize).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child process ends").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }

    /**
     * The child process of the tests above: scans the store's {@code cells} in batches of the size its second argument
     * gives ({@code none}: it names none) and prints the totals.
     */
    static final class ScanInASmallHeap {

        public static void main(String[] args) throws IOException {
            MVStore store = new MVStore.Builder().fileName(args[0]).cacheSize(4).open();
            MongoServer server = new MongoServer(new ReadModelBackend(store));
            long documents = 0;
            long characters = 0;
            try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server.bind()))) {
                FindIterable<Document> cells = client.getDatabase("peipao").getCollection("cells").find();
                for (Document cell : args[1].equals("none") ? cells : cells.batchSize(Integer.parseInt(args[1]))) {
                    documents++;
                    characters += cell.getString("padding").length();
                }
            } finally {
                server.shutdown();
                store.close();
            }
            System.out.println("scanned " + documents + " documents, " + characters + " characters");
        }
    }

    private void withCollection(String name, Consumer<MongoCollection<Document>> use) {
        withCollection(name, new CommandListener() { }, use);
    }

    private void withCollection(String name, CommandListener listener, Consumer<MongoCollection<Document>> use) {
        MVStore store = MVStore.open(directory.resolve("t.mv").toString());
        MongoServer server = new MongoServer(new ReadModelBackend(store));
        MongoClientSettings settings = MongoClientSettings.builder().addCommandListener(listener)
                .applyConnectionString(new ConnectionString("mongodb://" + hostAndPort(server.bind()))).build();
        try (MongoClient client = MongoClients.create(settings)) {
            use.accept(client.getDatabase("peipao").getCollection(name));
        } finally {
            server.shutdown();
            store.close();
        }
    }

    private static List<Object> ids(FindIterable<Document> found) {
        return found.map(document -> document.get("_id")).into(new ArrayList<>());
    }

    private static List<Object> descending(List<Object> ascending) {
        List<Object> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        return descending;
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
