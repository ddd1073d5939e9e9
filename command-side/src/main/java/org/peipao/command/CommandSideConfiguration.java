package org.peipao.command;

import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.peipao.command.challenge.ChallengeSolvingProcess;
import org.peipao.command.lookup.LookupUpdater;
import org.peipao.command.shared.Snapshots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The write side: aggregates, the challenge-solving process, the command-side look-ups and the HTTP
 * endpoints that send commands. The runnable imports it for the {@code all} and {@code command} roles.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(CommandSideProperties.class)
public class CommandSideConfiguration {

    @Bean(Snapshots.TRIGGER)
    static SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, CommandSideProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    /**
     * Aggregates stay cached between commands. With several command processes a cached aggregate may be
     * stale, so those deployments switch the cache off (snapshots still bound the cost of a load).
     */
    @Bean(Snapshots.COMPANION_CACHE)
    static Cache companionCache(CommandSideProperties properties) {
        return cache(properties);
    }

    /** One cache per aggregate type: an id of one type must never find an aggregate of another in the cache. */
    @Bean(Snapshots.PROJECT_CACHE)
    static Cache projectCache(CommandSideProperties properties) {
        return cache(properties);
    }

    @Bean(Snapshots.CHALLENGE_CACHE)
    static Cache challengeCache(CommandSideProperties properties) {
        return cache(properties);
    }

    private static Cache cache(CommandSideProperties properties) {
        return properties.cacheAggregates() ? new WeakReferenceCache() : NoCache.INSTANCE;
    }

    /**
     * Every command is checked against its constraints (the annotations of its record in {@code api}) as it is
     * sent, whoever sends it: the HTTP endpoints, the seed loader, imports, the solving process. A refused one
     * never reaches its handler.
     */
    @Autowired
    void validateEveryCommand(CommandBus commandBus, ValidatorFactory validators) {
        commandBus.registerDispatchInterceptor(new BeanValidationInterceptor<>(validators));
    }

    @Autowired
    void configureProcessors(EventProcessingConfigurer processing) {
        // Look-ups are written in the transaction of the events; a failure there fails the command.
        processing.registerSubscribingEventProcessor(LookupUpdater.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(LookupUpdater.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance());
        // The process manager keeps its state and its token in the SQL database (the default token store);
        // a failed event is retried with back-off rather than skipped.
        processing.registerTrackingEventProcessor(ChallengeSolvingProcess.PROCESSING_GROUP,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100))
                .registerListenerInvocationErrorHandler(ChallengeSolvingProcess.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance());
    }
}
