package org.peipao.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.Reads;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One jar, three roles: a {@code command} process and a {@code query} process on one event store. Writes go to
 * the one, reads, the audit and replays to the other; each answers only for its own side.
 */
class RolesIntegrationTests {

    private static ConfigurableApplicationContext commandProcess;
    private static ConfigurableApplicationContext queryProcess;
    private static Api writer;
    private static Api reader;
    private static Api.Response verificationBeforeAnyWriter;

    @BeforeAll
    static void startBothProcesses() {
        String database = sharedDatabase();
        queryProcess = start("query", database);
        reader = TestUsers.ADMIN.api(port(queryProcess));
        verificationBeforeAnyWriter = reader.get("/api/v1/audit/verification");
        commandProcess = start("command", database);
        writer = TestUsers.ADMIN.api(port(commandProcess));
    }

    @AfterAll
    static void stopBothProcesses() {
        for (ConfigurableApplicationContext process : new ConfigurableApplicationContext[]{queryProcess, commandProcess}) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    void whatTheCommandProcessWritesTheQueryProcessReads() {
        String companion = Ids.unique("companion");
        assertThat(writer.post("/api/v1/companions", Fixtures.companionBody(companion)).status()).isEqualTo(201);

        Api.Response read = Reads.visible(reader, "/api/v1/companions/" + companion, 0);
        assertThat(read.text("id")).isEqualTo(companion);
        assertThat(read.text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void theCommandProcessServesNoReadsAndTheQueryProcessNoWrites() {
        String companion = Ids.unique("companion");
        assertThat(writer.post("/api/v1/companions", Fixtures.companionBody(companion)).status()).isEqualTo(201);
        Reads.visible(reader, "/api/v1/companions/" + companion, 0);

        assertThat(writer.get("/api/v1/companions/" + companion).status()).isEqualTo(404);
        assertThat(writer.get("/api/v1/dashboard").status()).isEqualTo(404);
        assertThat(writer.get("/api/v1/audit/verification").status()).isEqualTo(404);
        Api.Response write = reader.post("/api/v1/companions", Fixtures.companionBody(Ids.unique("companion")));
        assertThat(write.status()).as(write.toString()).isEqualTo(405);
        assertThat(reader.post("/api/v1/companions/" + companion + "/suspension", "{\"reason\":\"r\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aQueryProcessStartedBeforeAnyWriterVerifiesAnEmptyLog() {
        assertThat(verificationBeforeAnyWriter.status()).as(verificationBeforeAnyWriter.toString()).isEqualTo(200);
        assertThat(verificationBeforeAnyWriter.body().path("eventLog").path("status").asText()).isEqualTo("OK");
        assertThat(verificationBeforeAnyWriter.body().path("eventLog").path("checkedEvents").asLong()).isZero();
    }

    @Test
    void eachProcessListsOnlyItsOwnEventProcessors() {
        assertThat(names(writer.get("/api/v1/admin/processors").body())).contains("challenge-solving")
                .doesNotContain("companions", "projects", "challenges", "dashboard");
        assertThat(names(reader.get("/api/v1/admin/processors").body()))
                .contains("companions", "projects", "challenges", "dashboard").doesNotContain("challenge-solving");
    }

    @Test
    void theQueryProcessAuditsAndReplays() {
        String companion = Ids.unique("companion");
        assertThat(writer.post("/api/v1/companions", Fixtures.companionBody(companion)).status()).isEqualTo(201);
        Reads.visible(reader, "/api/v1/companions/" + companion, 0);

        Api.Response verification = reader.get("/api/v1/audit/verification");
        assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
        assertThat(verification.body().path("eventLog").path("status").asText()).isEqualTo("OK");
        assertThat(reader.get("/api/v1/audit/streams/" + companion + "/events").body().path("events").size())
                .isEqualTo(1);

        assertThat(reader.post("/api/v1/admin/processors/companions/replay", "{}").status()).isEqualTo(202);
        Api.Response refused = writer.post("/api/v1/admin/processors/companions/replay", "{}");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.problemType()).isEqualTo("not-found");
    }

    private static List<String> names(JsonNode processors) {
        List<String> names = new ArrayList<>();
        processors.forEach(processor -> names.add(processor.path("name").asText()));
        return names;
    }

    private static ConfigurableApplicationContext start(String role, String database) {
        return new SpringApplicationBuilder(PeipaoServer.class).profiles("test")
                .run("--peipao.role=" + role, "--server.port=0", "--spring.datasource.url=" + database);
    }

    private static int port(ConfigurableApplicationContext process) {
        return ((ServletWebServerApplicationContext) process).getWebServer().getPort();
    }

    /**
     * One database for both processes: an in-memory HSQLDB both open by name, or in the PostgreSQL suite a schema of
     * their own in its database.
     */
    private static String sharedDatabase() {
        String suite = System.getProperty("spring.datasource.url");
        if (suite == null || !suite.startsWith("jdbc:postgresql:")) {
            return "jdbc:hsqldb:mem:roles-" + UUID.randomUUID() + ";hsqldb.tx=mvcc";
        }
        String schema = "roles_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(suite, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return suite + (suite.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
