package org.peipao.ops.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peipao.query.shared.CopyDestination;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store keeps a scratch copy's collections ({@link CopyDestination#scratch}) in memory, through the real
 * MongoDB driver: they answer like any other, hold their documents as BSON bytes, leave no map in the file, and a
 * dropped one is gone whole: the in-memory store no longer holds its maps open (it held them for good until
 * 2026-12-03), and a collection of the same name made again starts empty.
 */
class ScratchCopiesTest {

    @TempDir
    Path directory;

    @Test
    void aScratchCopyAnswersLikeAnyCollectionLeavesNothingInTheFileAndIsDroppedWhole() {
        MVStore file = MVStore.open(directory.resolve("scratch.mv").toString());
        ReadModelBackend backend = new ReadModelBackend(file);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoDatabase database = client.getDatabase("peipao");
            String name = CopyDestination.scratch(null, "asof").collection("cells");
            MongoCollection<Document> scratch = database.getCollection(name);
            MongoCollection<Document> live = database.getCollection("cells");
            scratch.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            List<Document> documents = new ArrayList<>();
            IntStream.range(0, 500).forEach(i -> documents.add(new Document("_id", "cell-" + i).append("code", i)));
            scratch.insertMany(documents);
            live.insertOne(new Document("_id", "cell-1").append("code", -1));

            assertThat(scratch.countDocuments(Filters.in("_id", "cell-1", "cell-499", "none"))).isEqualTo(2);
            assertThat(scratch.find(Filters.eq("code", 7)).first()).containsEntry("_id", "cell-7");
            assertThat(live.find(Filters.eq("_id", "cell-1")).first()).containsEntry("code", -1);
            assertThat(file.getMapNames()).as("maps in the file").noneMatch(map -> map.contains(name))
                    .anyMatch(map -> map.endsWith("peipao.cells"));

            MVStore memory = backend.scratchStore();
            MVMap<Object, StoredDocument> stored = memory.openMap("databases.peipao." + name);
            assertThat(stored.values()).as("documents held as their BSON bytes").hasSize(500)
                    .allMatch(StoredDocument::encoded);
            List<Integer> maps = memory.getMapNames().stream().filter(map -> map.contains(name))
                    .map(map -> memory.openMap(map).getId()).toList();
            assertThat(maps).as("the copy's documents, meta and indexes").hasSizeGreaterThanOrEqualTo(3);

            scratch.drop();
            assertThat(maps).as("maps the store still holds open after the drop")
                    .allSatisfy(id -> assertThat(memory.<Object, Object>getMap(id)).isNull());
            assertThat(database.listCollectionNames().into(new ArrayList<>())).doesNotContain(name).contains("cells");
            assertThat(file.getMapNames()).as("maps in the file").noneMatch(map -> map.contains(name));
            MongoCollection<Document> again = database.getCollection(name);
            again.insertOne(new Document("_id", "other").append("code", 7));
            again.insertOne(new Document("_id", "cell-1").append("code", 1)); // no key left in its _id index
            assertThat(again.countDocuments()).as("a collection of the dropped one's name").isEqualTo(2);
            assertThat(again.find(Filters.eq("code", 7)).first()).containsEntry("_id", "other");
        } finally {
            server.shutdown();
        }
    }
}
