package org.peipao.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** A command-only process has no read models: it does not connect to MongoDB at all. */
public class RoleEnvironment implements EnvironmentPostProcessor {

    private static final String MONGO_AUTO_CONFIGURATION = String.join(",",
            "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration",
            "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration",
            "org.springframework.boot.autoconfigure.data.mongo.MongoRepositoriesAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.mongo.MongoMetricsAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ProcessRoles.of(environment).reads()) {
            String excluded = environment.getProperty("spring.autoconfigure.exclude", "");
            environment.getPropertySources().addFirst(new MapPropertySource("peipao-command-role",
                    Map.of("spring.autoconfigure.exclude",
                            excluded.isBlank() ? MONGO_AUTO_CONFIGURATION : excluded + "," + MONGO_AUTO_CONFIGURATION)));
        }
    }
}
