package org.peipao.ops.storage;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A read-model file that H2 cannot read is set aside and the read models start empty; any other failure stands. */
class ReadModelFileOpeningTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void aCorruptFileIsMovedAsideAndTheReadModelsStartEmpty() throws IOException {
        Path file = directory.resolve("readmodels-2.mv");
        byte[] garbage = new byte[64 * 1024];
        Arrays.fill(garbage, (byte) 'x');
        Files.write(file, garbage);

        ReadModelBackend backend = EmbeddedMongoConfiguration.openReadModels(file, 4, StorageProperties.Compression.FAST, CLOCK);
        try {
            assertThat(backend.getMvStore().getMapNames()).noneMatch(name -> name.startsWith("databases."));
        } finally {
            backend.close();
        }

        Path aside = directory.resolve("readmodels-2.mv.unreadable-" + CLOCK.millis());
        assertThat(aside).exists();
        assertThat(Files.readAllBytes(aside)).as("kept as it was").isEqualTo(garbage);
        assertThat(file).exists();

        Files.write(file, garbage); // corrupt again, at the same instant: the first one set aside stays
        EmbeddedMongoConfiguration.openReadModels(file, 4, StorageProperties.Compression.FAST, CLOCK).close();
        assertThat(directory.resolve("readmodels-2.mv.unreadable-" + CLOCK.millis() + "-2")).exists();
        assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
    }

    @Test
    void aFileAnotherStoreHoldsIsLeftAsItIs() throws IOException {
        Path file = directory.resolve("readmodels-2.mv");
        try (MVStore holder = MVStore.open(file.toString())) {
            holder.openMap("kept").put("key", "value");
            holder.commit();

            assertThatThrownBy(() -> EmbeddedMongoConfiguration.openReadModels(file, 4, StorageProperties.Compression.FAST, CLOCK))
                    .isInstanceOf(MVStoreException.class);

            assertThat(holder.<String, String>openMap("kept").get("key")).isEqualTo("value");
        }
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }
}
