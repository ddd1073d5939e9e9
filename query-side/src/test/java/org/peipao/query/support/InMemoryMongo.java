package org.peipao.query.support;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.peipao.query.shared.MongoConversions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * An in-process MongoDB for read-model tests, mapped as the application maps it (with {@link MongoConversions}).
 * One per test class, registered as an extension that stops it after the class:
 * {@code @RegisterExtension static final InMemoryMongo server = InMemoryMongo.start();}. Every
 * {@link #freshTemplate()} opens a database no earlier test has written; {@link #writeCommands(MongoTemplate)} counts
 * the write commands (insert, update, delete) the driver has sent to a template's database.
 */
public final class InMemoryMongo implements AutoCloseable, AfterAllCallback {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete");

    private final AtomicInteger databases = new AtomicInteger();
    private final Map<String, LongAdder> writes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> finds = new ConcurrentHashMap<>();
    private final MongoServer server;
    private final MongoClient client;

    private InMemoryMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        CommandListener countWrites = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (WRITES.contains(event.getCommandName())) {
                    writes.computeIfAbsent(event.getDatabaseName(), d -> new LongAdder()).increment();
                } else if (event.getCommandName().equals("find")) {
                    finds.computeIfAbsent(event.getDatabaseName(), d -> new LongAdder()).increment();
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .addCommandListener(countWrites).build());
    }

    /** How many write commands (one per bulk write, however many documents it holds) went to the template's database. */
    public long writeCommands(MongoTemplate template) {
        LongAdder count = writes.get(template.getDb().getName());
        return count == null ? 0 : count.sum();
    }

    /** How many find commands went to the template's database. */
    public long findCommands(MongoTemplate template) {
        LongAdder count = finds.get(template.getDb().getName());
        return count == null ? 0 : count.sum();
    }

    public static InMemoryMongo start() {
        return new InMemoryMongo();
    }

    public MongoTemplate freshTemplate() {
        String database = "test" + databases.incrementAndGet();
        return new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, database),
                converter(MongoConversions.create()));
    }

    /** A mapping converter with {@code conversions}, as the read side's template has. */
    public static MappingMongoConverter converter(MongoCustomConversions conversions) {
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
