package org.peipao.query;

import com.mongodb.client.MongoClient;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.peipao.query.shared.BatchWrites;
import org.peipao.query.shared.MongoConversions;
import org.peipao.query.shared.ReadYourWrites;
import org.peipao.query.rebuild.ReadModelCatalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

/**
 * The read side: projections into MongoDB, their query handlers and the HTTP reads. The runnable imports
 * it for the {@code all} and {@code query} roles.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(QuerySideProperties.class)
@EnableScheduling
public class QuerySideConfiguration implements WebMvcConfigurer {

    /**
     * A resource on the unit of work of every read-model processor batch. A read model dispatches no message, so
     * what its events would pass on to the messages they cause (their correlation data) is never read; the messaging
     * set-up skips computing it there, which spared a rebuild deserialising every event's metadata (a JFR profile put
     * it at 9% of the companions' rebuild: Axon makes a result message per event handled).
     */
    public static final String DISPATCHES_NOTHING = "peipao.read-model-batch";

    private final ReadYourWrites readYourWrites;

    QuerySideConfiguration(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readYourWrites).addPathPatterns("/api/**");
    }

    @Bean
    static MongoCustomConversions mongoCustomConversions() {
        return MongoConversions.create();
    }

    /** Indexes first, serially, before any processor writes (concurrent creation can fail on some stores). */
    @Bean
    static SmartInitializingSingleton readModelIndexes(ObjectProvider<ReadModelCatalog> catalog) {
        return () -> Arrays.stream(ReadModels.values())
                .forEach(model -> catalog.getObject().ensureIndexes(model.processor(), model.collections()));
    }

    /**
     * Every read-model processor follows the event store on its own thread, in batches, and keeps its token in
     * MongoDB beside the documents it writes: a crash can lose the latest of both, never a token without its
     * documents, and the events after the surviving token are applied again (harmlessly: documents skip what
     * they already applied).
     */
    @Autowired
    void configureProcessors(EventProcessingConfigurer processing, MongoClient client, MongoTemplate mongo,
                             Serializer serializer, QuerySideProperties properties, Clock clock,
                             ReadModelCatalog catalog) {
        TokenStore tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, mongo.getDb().getName())
                        .trackingTokensCollectionName("trackingtokens")
                        .build())
                .serializer(serializer)
                .claimTimeout(Duration.ofSeconds(properties.claimTimeoutSeconds()))
                .build();
        for (ReadModels model : ReadModels.values()) {
            // the live projection, writing where the catalog says (a replay rebuilds it into fresh collections)
            processing.registerEventHandler(c -> model.projection(mongo, clock, catalog.destination(model.processor()),
                    properties.checkpointEvery()));
            String group = model.processor();
            processing.registerTrackingEventProcessor(group, c -> c.eventStore(),
                            c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                    .andBatchSize(properties.batchSize()))
                    .registerTokenStore(group, c -> tokens)
                    .registerTransactionManager(group, c -> NoTransactionManager.INSTANCE)
                    // a batch's writes go out when its last event has been handled (before its token is stored); it
                    // dispatches no message, so it needs no correlation data
                    .registerHandlerInterceptor(group, c -> (unitOfWork, chain) -> {
                        unitOfWork.root().resources().putIfAbsent(DISPATCHES_NOTHING, Boolean.TRUE);
                        Object result = chain.proceed();
                        BatchWrites.flushIfLast(unitOfWork);
                        return result;
                    });
        }
    }
}
