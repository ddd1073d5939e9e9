package org.peipao.ops.storage;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replacements by a string {@code _id}, which the embedded read-model store makes itself
 * ({@link ReadModelCollection#updateDocuments}), answer and store what mongo-java-server's own backend does for the
 * same commands, unique indexes and refusals included; only the stored field order differs, and follows the
 * replacement, as MongoDB's does.
 */
class ReadModelReplaceTest {

    @TempDir
    Path directory;

    @Test
    void replacementsAnswerAndStoreWhatTheLibraryDoes() {
        List<Object> ours = play(new ReadModelBackend(MVStore.open(directory.resolve("r.mv").toString())));
        List<Object> library = play(new MemoryBackend());
        assertThat(ours).isEqualTo(library);
        assertThat(ours).as("every step left a trace").hasSize(STEPS);
    }

    @Test
    void aReplacedDocumentKeepsTheReplacementsFieldOrderAsMongoDbDoes() {
        Document stored = withCollection(new ReadModelBackend(MVStore.open(directory.resolve("o.mv").toString())),
                cells -> {
                    cells.insertOne(new Document("_id", "a").append("x", 1).append("y", 2));
                    cells.replaceOne(Filters.eq("_id", "a"), new Document("y", 3).append("z", 4).append("x", 5));
                    return cells.find(Filters.eq("_id", "a")).first();
                });
        assertThat(new ArrayList<>(stored.keySet())).containsExactly("_id", "y", "z", "x");
    }

    @Test
    void aReplacementTheLibraryRefusesChangesNothing() {
        Document stored = withCollection(new ReadModelBackend(MVStore.open(directory.resolve("d.mv").toString())),
                cells -> {
                    cells.insertOne(new Document("_id", "c").append("code", "C").append("tag", 1));
                    // a dotted field name: the library refuses it (with an error the driver cannot read) only after
                    // it began to change the document it found; its own memory backend keeps that half-change
                    assertThatThrownBy(() -> cells.replaceOne(Filters.eq("_id", "c"),
                            new Document("code", "D").append("a.b", 1))).isInstanceOf(RuntimeException.class);
                    return cells.find(Filters.eq("_id", "c")).first();
                });
        assertThat(stored).isEqualTo(new Document("_id", "c").append("code", "C").append("tag", 1));
    }

    private static final int STEPS = 17;

    /** The same commands against a backend: what each answered, and the collection after each. */
    private static List<Object> play(MongoBackend backend) {
        return withCollection(backend, cells -> {
            List<Object> trace = new ArrayList<>();
            cells.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            cells.insertOne(new Document("_id", "a").append("code", "A").append("n", 1));
            cells.insertOne(new Document("_id", "b").append("code", "B").append("n", 1));
            ReplaceOptions upsert = new ReplaceOptions().upsert(true);

            // a change, no change, a missing one with and without upsert
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "a"),
                    new Document("code", "A").append("n", 2).append("list", List.of(1, new Document("k", "v"))), upsert)));
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "a"),
                    new Document("code", "A").append("n", 2).append("list", List.of(1, new Document("k", "v"))))));
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "c"), new Document("code", "C"))));
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "c"), new Document("code", "C"), upsert)));
            // the replacement names its own _id: the same, then another (refused: _id cannot change)
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "c"), new Document("_id", "c").append("n", 7))));
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "c"), new Document("_id", "d").append("n", 8))));
            // a unique key taken by another document: refused, nothing changed; then moved to a free key
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "b"), new Document("code", "A"))));
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "b"), new Document("code", "Z"), upsert)));
            trace.add(cells.find(Filters.eq("code", "Z")).first());
            trace.add(cells.find(Filters.eq("code", "B")).first());
            // an upsert whose unique key is taken: refused, nothing stored
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "e"), new Document("code", "Z"), upsert)));
            // other selectors and ids go the library's way, and see the same documents
            trace.add(answer(() -> cells.replaceOne(Filters.eq("code", "Z"), new Document("code", "Y"))));
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", 7), new Document("code", "N"), upsert)));
            // a unique index made after the documents, then dropped: replacements follow it, then no longer
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "a"), new Document("code", "A").append("tag", 1))));
            cells.createIndex(Indexes.ascending("tag"), new IndexOptions().unique(true).sparse(true));
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "c"), new Document("code", "C").append("tag", 1))));
            cells.dropIndex("tag_1");
            trace.add(answer(() -> cells.replaceOne(Filters.eq("_id", "c"), new Document("code", "C").append("tag", 1))));
            trace.add(cells.find().sort(Indexes.ascending("code")).into(new ArrayList<>()));
            return trace;
        });
    }

    /** What a write answered: matched, modified and upserted, or the error code of its refusal. */
    private static Object answer(Supplier<UpdateResult> write) {
        try {
            UpdateResult result = write.get();
            return List.of(result.getMatchedCount(), result.getModifiedCount(), String.valueOf(result.getUpsertedId()));
        } catch (MongoException refused) {
            return "refused " + refused.getCode();
        }
    }

    private static <T> T withCollection(MongoBackend backend, Function<MongoCollection<Document>, T> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server))) {
            return use.apply(client.getDatabase("peipao").getCollection("cells"));
        } finally {
            server.shutdown();
        }
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
