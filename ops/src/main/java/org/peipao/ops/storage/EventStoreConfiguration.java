package org.peipao.ops.storage;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.peipao.command.web.WritePositions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The source of truth: events, snapshots, the process manager's state and its tracking token, all in one SQL
 * database through Axon's JDBC engine. Tables are created at start-up when missing.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    SqlDialect sqlDialect(DataSource dataSource) {
        return SqlDialect.of(dataSource);
    }

    /**
     * Connections of the Spring transaction on the thread: Spring's transactions alone commit and roll back. (Axon's
     * default wraps this provider to also commit or roll back the whole connection when a unit of work ends, which
     * would undo a group commit's other commands when one of them is refused.)
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, SqlDialect dialect,
                                          JdbcTemplate jdbc, ObjectProvider<WritePositions> positions) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .build();
        engine.createSchema(dialect.eventTables());
        return new OrderedAppends(engine, jdbc, positions);
    }

    /** Events committed in this process wake its processors at once; others' are polled for every fetch delay. */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  StorageProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.eventFetchDelay().toMillis())
                // the recent events shared by processors that follow the head (Axon's default, 10,000, costs tens of
                // megabytes of heap; processors further behind read the store in batches of their own)
                .cachedEvents(1_000)
                .build();
    }

    /** The default token store: the process manager's token lives in SQL beside its state. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, SqlDialect dialect) {
        JdbcTokenStore tokens = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
        tokens.createSchema(dialect.tokenTables());
        return tokens;
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer, SqlDialect dialect,
                                JdbcTemplate jdbc) {
        SagaTables.create(jdbc, dialect);
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(new GenericSagaSqlSchema())
                .serializer(serializer)
                .build();
    }

}
