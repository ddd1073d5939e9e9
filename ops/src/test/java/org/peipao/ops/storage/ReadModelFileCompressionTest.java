package org.peipao.ops.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** H2 MVStore's page compression of the read models: smaller files, and every file readable whatever the setting. */
class ReadModelFileCompressionTest {

    private static final int DOCUMENTS = 3_000;

    @TempDir
    Path directory;

    @Test
    void compressedPagesTakeAFractionOfTheFileAndReadBackTheSame() throws IOException {
        long plain = write("plain.mv", StorageProperties.Compression.NONE);
        long fast = write("fast.mv", StorageProperties.Compression.FAST);
        long high = write("high.mv", StorageProperties.Compression.HIGH);

        assertThat(fast).isLessThan(plain / 2);
        assertThat(high).isLessThanOrEqualTo(fast);
        for (String name : List.of("plain.mv", "fast.mv", "high.mv")) {
            assertEveryDocument(name, StorageProperties.Compression.FAST);
        }
    }

    @Test
    void aFileWrittenWithOneSettingIsReadAndExtendedWithAnother() throws IOException {
        write("mixed.mv", StorageProperties.Compression.FAST);
        assertEveryDocument("mixed.mv", StorageProperties.Compression.NONE);
        withCells("mixed.mv", StorageProperties.Compression.NONE, cells -> cells.insertOne(cell(DOCUMENTS)));

        withCells("mixed.mv", StorageProperties.Compression.HIGH, cells -> {
            assertThat(cells.countDocuments()).isEqualTo(DOCUMENTS + 1);
            assertThat(cells.find(Filters.eq("_id", "cell-" + DOCUMENTS)).first()).isEqualTo(cell(DOCUMENTS));
            assertThat(cells.find(Filters.eq("_id", "cell-0")).first()).isEqualTo(cell(0));
        });
    }

    /** Writes the documents through the MongoDB driver, then closes the store; returns the file's size. */
    private long write(String name, StorageProperties.Compression compression) throws IOException {
        withCells(name, compression, cells -> {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                documents.add(cell(i));
            }
            cells.insertMany(documents);
        });
        return Files.size(directory.resolve(name));
    }

    private void assertEveryDocument(String name, StorageProperties.Compression compression) {
        withCells(name, compression, cells -> {
            assertThat(cells.countDocuments()).isEqualTo(DOCUMENTS);
            for (int i = 0; i < DOCUMENTS; i += 97) {
                assertThat(cells.find(Filters.eq("_id", "cell-" + i)).first()).isEqualTo(cell(i));
            }
        });
    }

    private void withCells(String name, StorageProperties.Compression compression,
                           Consumer<MongoCollection<Document>> use) {
        ReadModelServers.withCollection(open(name, compression), "dashboard_cells", use);
    }

    private ReadModelBackend open(String name, StorageProperties.Compression compression) {
        return EmbeddedMongoConfiguration.openReadModels(directory.resolve(name), 4, compression,
                Clock.systemUTC());
    }

    /** A document shaped like the dashboard's cells: repeated field names, short strings and counters. */
    private static Document cell(int i) {
        Document counters = new Document();
        for (String kpi : List.of("projects", "landed", "problemsSolved", "milestones", "investmentCny")) {
            counters.put(kpi, new Document(Map.of("2025-" + (1 + i % 12), i % 17, "2026-" + (1 + i % 12), i % 5)));
        }
        return new Document("_id", "cell-" + i).append("domain", "AI").append("source", "GEEC-2025")
                .append("district", "巴南区").append("kind", "TECH_BROKER").append("counters", counters)
                .append("lastEventIndex", (long) i * 7);
    }
}
