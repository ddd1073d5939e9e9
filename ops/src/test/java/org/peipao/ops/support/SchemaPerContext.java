package org.peipao.ops.support;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL suite: every Spring context of the test JVM gets a schema of its own in the suite's database, as
 * each context of the embedded suite gets an in-memory database of its own. Without it the cached contexts (each
 * with its own in-process read-model store) would share one event store and one token store, and their event
 * processors would take each other's token claims: events handled in one context would never reach another's
 * read models. A context given a schema already (processes that share one) keeps it.
 */
public class SchemaPerContext implements EnvironmentPostProcessor {

    private static final String URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(URL);
        if (url == null || !url.startsWith("jdbc:postgresql:") || url.contains("currentSchema=")) {
            return;
        }
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url,
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test context's schema in " + url, e);
        }
        String separator = url.contains("?") ? "&" : "?";
        environment.getPropertySources().addFirst(new MapPropertySource("schemaPerContext",
                Map.of(URL, url + separator + "currentSchema=" + schema)));
    }
}
