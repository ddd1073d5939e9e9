package org.peipao.ops.storage;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.peipao.ops.PeipaoProperties;
import org.peipao.ops.ProcessRoles.ConditionalOnReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With no {@code spring.data.mongodb.uri}, the read side keeps its read models in an in-process
 * MongoDB-wire-compatible store (mongo-java-server) on 127.0.0.1, file-backed under the data directory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnReads
@ConditionalOnExpression("'${spring.data.mongodb.uri:}'.isEmpty()")
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);
    static final String DATABASE = "peipao";

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongo(PeipaoProperties peipao, StorageProperties storage) {
        MongoBackend backend;
        String where;
        if (storage.embeddedMongoPersistent()) {
            Path directory = peipao.dataDir().resolve("mongo").toAbsolutePath().normalize();
            createDirectories(directory);
            backend = new H2Backend(directory.resolve("readmodels.mv").toString());
            where = "data under " + directory;
        } else {
            backend = new MemoryBackend();
            where = "data in memory only";
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", storage.embeddedMongoPort());
        InetSocketAddress address = server.getLocalAddress();
        log.info("Read models: embedded MongoDB-compatible store (mongo-java-server) at mongodb://127.0.0.1:{}/{}, {}."
                        + " For production set spring.data.mongodb.uri (env SPRING_DATA_MONGODB_URI) to a real MongoDB.",
                address.getPort(), DATABASE, where);
        return server;
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(MongoServer embeddedMongo) {
        ConnectionString connection = new ConnectionString(
                "mongodb://127.0.0.1:" + embeddedMongo.getLocalAddress().getPort() + "/" + DATABASE);
        return () -> connection;
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the read models' directory " + directory, e);
        }
    }
}
