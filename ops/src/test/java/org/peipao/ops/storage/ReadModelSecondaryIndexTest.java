package org.peipao.ops.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The non-unique indexes the read models ask for ({@code ReadModelIndexes}), which the embedded store keeps none of:
 * reopening the store reads none of their collections' documents (the library read every document twice per such
 * index, at every start: 15 s of the time to ready at a million events), and queries on their fields still answer.
 */
class ReadModelSecondaryIndexTest {

    private static final int DOCUMENTS = 3_000;
    private static final List<String> STAGES = List.of("REGISTERED", "INCUBATING", "LANDED");

    @TempDir
    Path directory;

    @Test
    void reopeningReadsNoDocumentForAnIndexTheStoreDoesNotKeep() throws Exception {
        Path file = directory.resolve("readmodels-2.mv");
        withProjects(open(file), projects -> {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                documents.add(project(i));
            }
            projects.insertMany(documents);
            projects.createIndex(Indexes.ascending("stage"));
            projects.createIndex(Indexes.ascending("domain"));
        });
        long fileBytes = Files.size(file);

        ReadModelBackend reopened = open(file);
        long readOpening = reopened.getMvStore().getFileStore().getReadBytes();

        // with a 1 MB page cache, reading every document even once reads most of the file
        assertThat(readOpening).as("bytes read opening a %,d-byte file", fileBytes).isLessThan(fileBytes / 10);
        withProjects(reopened, projects -> {
            assertThat(projects.countDocuments()).isEqualTo(DOCUMENTS);
            assertThat(projects.countDocuments(Filters.eq("stage", "LANDED"))).isEqualTo(DOCUMENTS / STAGES.size());
            assertThat(projects.find(Filters.eq("_id", "p-7")).first()).isEqualTo(project(7));
            assertThat(projects.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("_id_", "stage_1", "domain_1");
        });
    }

    private ReadModelBackend open(Path file) {
        return EmbeddedMongoConfiguration.openReadModels(file, 1, StorageProperties.Compression.FAST,
                Clock.systemUTC());
    }

    private static void withProjects(ReadModelBackend backend, Consumer<MongoCollection<Document>> use) {
        ReadModelServers.withCollection(backend, "projects", use);
    }

    /** A document about the size of a project's: 1–2 KB of text that compresses little. */
    private static Document project(int i) {
        StringBuilder summary = new StringBuilder();
        for (int word = 0; summary.length() < 1_200; word++) {
            summary.append(Long.toString((i * 31L + word) * 2_654_435_761L % 1_000_003, 36)).append(' ');
        }
        return new Document("_id", "p-" + i).append("stage", STAGES.get(i % STAGES.size()))
                .append("domain", "AI").append("title", "project " + i).append("summary", summary.toString());
    }
}
