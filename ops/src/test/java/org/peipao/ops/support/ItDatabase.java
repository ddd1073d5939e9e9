package org.peipao.ops.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The event store of a server the test runs as a separate process: the embedded database under its data directory,
 * or, in the PostgreSQL suite ({@code spring.datasource.url} set to PostgreSQL), a fresh schema of the suite's
 * database.
 */
public final class ItDatabase {

    private final String url;
    private final String user;
    private final String password;
    private final boolean postgres;

    private ItDatabase(String url, String user, String password, boolean postgres) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgres = postgres;
    }

    /** The store of a server whose data directory is {@code dataDir}. */
    public static ItDatabase forServer(Path dataDir) {
        String suite = System.getProperty("spring.datasource.url");
        if (suite == null || !suite.startsWith("jdbc:postgresql:")) {
            return new ItDatabase("jdbc:hsqldb:file:" + dataDir.resolve("events/peipao")
                    + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;shutdown=true", "SA", "", false);
        }
        String user = System.getProperty("spring.datasource.username", "postgres");
        String password = System.getProperty("spring.datasource.password", "");
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(suite, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a schema in " + suite, e);
        }
        return new ItDatabase(suite + (suite.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password,
                true);
    }

    /** The server's arguments that point it at this store (none for the embedded default). */
    public String[] serverArgs() {
        return postgres ? List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password).toArray(String[]::new) : new String[0];
    }

    /** A connection of the test's own, beside the server (the embedded database only while the server is stopped). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
