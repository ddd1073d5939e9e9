package org.peipao.ops.storage;

import org.bson.Document;
import org.peipao.ops.ProcessRoles.ConditionalOnReads;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The read models' store is healthy when it answers a {@code ping} (Boot's own check sends {@code hello},
 * which the embedded store does not know; {@code ping} works on every MongoDB).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnReads
class ReadModelStoreHealth {

    @Bean("mongoHealthIndicator")
    AbstractHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new AbstractHealthIndicator("read-model store unreachable") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
            }
        };
    }
}
