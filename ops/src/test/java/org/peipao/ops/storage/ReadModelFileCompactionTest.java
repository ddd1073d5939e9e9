package org.peipao.ops.storage;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read models' write pattern, hot documents rewritten at every commit beside documents that never change again,
 * leaves most of the file's chunks mostly garbage; compaction rewrites them and loses nothing.
 */
class ReadModelFileCompactionTest {

    private static final int HOT = 500;
    private static final int ROUNDS = 60;
    private static final int COLD_PER_ROUND = 20;

    @TempDir
    Path directory;

    @Test
    void roundsRaiseTheLiveShareOfTheFileToTheTargetAndKeepEveryValue() {
        try (MVStore store = storeWithChurn("churn.mv")) {
            ReadModelFileCompaction compaction = new ReadModelFileCompaction(store, 60, 1 << 20);
            assertThat(store.getFileStore().getChunksFillRate()).as("the pattern leaves the chunks mostly garbage")
                    .isLessThan(40);
            assertThat(compaction.rewritableFillRate()).isLessThan(60);

            int rounds = 0;
            while (compaction.round()) {
                rounds++;
                assertThat(rounds).as("rounds of 1 MB until the target").isLessThan(200);
            }
            commitsThatFreeTheEmptiedChunks(store);

            assertThat(rounds).isPositive();
            assertThat(compaction.rewritableFillRate()).isGreaterThanOrEqualTo(60);
            assertThat(store.getFileStore().getChunksFillRate()).isGreaterThanOrEqualTo(60);
            assertEveryValueIsTheLastWritten(store.openMap("documents"));
        }
    }

    @Test
    void chunksEmptiedByARewriteButNotYetFreedDoNotStartAnotherRewrite() {
        try (MVStore store = storeWithChurn("full.mv")) {
            ReadModelFileCompaction compaction = new ReadModelFileCompaction(store, 60, 64 << 20);
            int rounds = 0;
            while (compaction.round()) {
                assertThat(++rounds).as("rounds of 64 MB until the target").isLessThan(20);
            }
            long version = store.getCurrentVersion();

            // the emptied chunks wait for MVStore's last versions: counted, the file would look mostly garbage
            assertThat(store.getFileStore().getChunksFillRate()).isLessThan(60);
            assertThat(compaction.rewritableFillRate()).isGreaterThanOrEqualTo(60);
            assertThat(compaction.round()).isFalse();
            assertThat(store.getCurrentVersion()).as("no commit").isEqualTo(version);
        }
    }

    @Test
    void aRoundOnAClosedStoreDoesNothing() {
        MVStore store = storeWithChurn("closed.mv");
        ReadModelFileCompaction compaction = new ReadModelFileCompaction(store, 100, 1 << 20);
        store.close();

        assertThat(compaction.round()).isFalse();
    }

    @Test
    void theBackendSetsTheRetentionTimeRunsRoundsAndStopsThemWhenItCloses() throws InterruptedException {
        MVStore store = storeWithChurn("backend.mv");
        ReadModelBackend backend = new ReadModelBackend(store);
        backend.compactFile(100, 1 << 20, Duration.ofMillis(1), Duration.ofMillis(3));
        assertThat(store.getRetentionTime()).isEqualTo(3);
        ReadModelFileCompaction compaction = backend.fileCompaction();
        Thread.sleep(50); // rounds run meanwhile

        backend.close();

        assertThat(store.isClosed()).isTrue();
        assertThat(compaction.rounds()).isPositive();
        assertThat(compaction.failedRounds()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread ->
                thread.getName().equals("read-model-file-compaction") && thread.isAlive());
    }

    @Test
    void settingsThatCouldReuseAChunkBeforeASyncOrCompactNothingAreRefused() {
        try (MVStore store = MVStore.open(directory.resolve("settings.mv").toString())) {
            ReadModelFileCompaction compaction = new ReadModelFileCompaction(store, 60, 1 << 20);
            assertThatThrownBy(() -> compaction.start(Duration.ofSeconds(3), Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be at least twice its sync and compaction interval");
            assertThatThrownBy(() -> compaction.start(Duration.ZERO, Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new StorageProperties.Compaction(Duration.ofSeconds(1), Duration.ofMillis(1999),
                    60, DataSize.ofMegabytes(16))).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.getRetentionTime()).as("MVStore's default, unchanged").isEqualTo(45_000);
            assertThatThrownBy(() -> new ReadModelFileCompaction(store, 0, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-100");
            assertThatThrownBy(() -> new ReadModelFileCompaction(store, 60, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive budget");
        }
        assertThat(new StorageProperties.Compaction(Duration.ofSeconds(1), Duration.ofSeconds(2), 60,
                DataSize.ofMegabytes(16)).retention()).isEqualTo(Duration.ofSeconds(2));
    }

    /**
     * A file written as the read models write theirs: each commit rewrites every hot value and adds a few values
     * that never change; MVStore's retention time is set to 0 so that emptied chunks are freed at once.
     */
    private MVStore storeWithChurn(String name) {
        MVStore store = new MVStore.Builder().fileName(directory.resolve(name).toString()).autoCommitDisabled().open();
        store.setRetentionTime(0);
        MVMap<String, byte[]> documents = store.openMap("documents");
        for (int round = 0; round < ROUNDS; round++) {
            for (int hot = 0; hot < HOT; hot++) {
                documents.put("hot-" + hot, value(round, hot));
            }
            for (int cold = 0; cold < COLD_PER_ROUND; cold++) {
                documents.put("cold-" + round + "-" + cold, value(round, cold));
            }
            store.commit();
        }
        return store;
    }

    /** MVStore frees an emptied chunk once it is older than its last 5 versions (its {@code versionsToKeep}). */
    private static void commitsThatFreeTheEmptiedChunks(MVStore store) {
        MVMap<String, byte[]> other = store.openMap("other");
        for (int version = 0; version < 6; version++) {
            other.put("version", new byte[]{(byte) version});
            store.commit();
        }
    }

    private static void assertEveryValueIsTheLastWritten(MVMap<String, byte[]> documents) {
        assertThat(documents.sizeAsLong()).isEqualTo(HOT + (long) ROUNDS * COLD_PER_ROUND);
        for (int hot = 0; hot < HOT; hot++) {
            assertThat(documents.get("hot-" + hot)).isEqualTo(value(ROUNDS - 1, hot));
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int cold = 0; cold < COLD_PER_ROUND; cold++) {
                assertThat(documents.get("cold-" + round + "-" + cold)).isEqualTo(value(round, cold));
            }
        }
    }

    /** 600 bytes that differ by round and key. */
    private static byte[] value(int round, int key) {
        byte[] value = new byte[600];
        Arrays.fill(value, (byte) (round * 31 + key));
        value[0] = (byte) round;
        value[1] = (byte) key;
        return value;
    }
}
