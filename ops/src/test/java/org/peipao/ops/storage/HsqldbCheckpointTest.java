package org.peipao.ops.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the challenge-solving process's bounded wait rests on ({@code ChallengeSolvingProcess.COMMAND_WAIT}): with the
 * embedded event store's settings, an HSQLDB checkpoint (automatic every 50 MB of log) waits for the open transactions
 * to end and holds back every transaction that starts meanwhile, so a transaction that waits for another one to start
 * holds the whole store. HSQLDB 2.7.3; if a later version stops holding new transactions back, this test says so.
 */
class HsqldbCheckpointTest {

    @TempDir
    Path directory;

    @Test
    void aCheckpointHoldsBackNewTransactionsUntilTheOpenOnesEnd() throws Exception {
        String url = "jdbc:hsqldb:file:" + directory.resolve("events") + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;"
                + "hsqldb.default_table_type=cached;shutdown=true";
        try (Connection setup = DriverManager.getConnection(url, "SA", "")) {
            setup.createStatement().execute("CREATE TABLE token (id INT PRIMARY KEY, owner VARCHAR(20))");
            setup.createStatement().execute("INSERT INTO token VALUES (1, 'none')");
        }
        try (Connection open = DriverManager.getConnection(url, "SA", "")) {
            // a processor's transaction: it claimed its token, then waits for something else
            open.setAutoCommit(false);
            open.createStatement().executeUpdate("UPDATE token SET owner = 'saga' WHERE id = 1");

            CompletableFuture<Void> checkpoint = CompletableFuture.runAsync(() -> execute(url, "CHECKPOINT"));
            Thread.sleep(300);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> execute(url, "SELECT owner FROM token"));

            Thread.sleep(1_000);
            assertThat(checkpoint).as("the checkpoint waits for the open transaction").isNotDone();
            assertThat(writer).as("a new transaction waits for the checkpoint").isNotDone();

            open.commit();
            writer.get(10, TimeUnit.SECONDS);
            checkpoint.get(10, TimeUnit.SECONDS);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
            if (sql.startsWith("SELECT")) {
                try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
                    assertThat(rows.next()).isTrue();
                }
            } else {
                connection.createStatement().execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }
}
