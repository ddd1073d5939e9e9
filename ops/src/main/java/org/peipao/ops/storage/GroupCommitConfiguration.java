package org.peipao.ops.storage;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.peipao.ops.ProcessRoles.ConditionalOnWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The command bus of a writing process: Axon's {@link SimpleCommandBus} behind a group commit
 * ({@link GroupCommitCommandBus}), each command in a nested transaction of its group's.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnWrites
class GroupCommitConfiguration {

    @Bean(destroyMethod = "stop")
    @Qualifier("localSegment")
    GroupCommitCommandBus commandBus(PlatformTransactionManager transactions, Configuration axon,
                                     DuplicateCommandHandlerResolver duplicates, ObjectProvider<Cache> caches,
                                     StorageProperties properties) {
        SimpleCommandBus handling = SimpleCommandBus.builder()
                .transactionManager(new NestedTransactions(transactions))
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        handling.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return new GroupCommitCommandBus(handling, transactions, () -> caches.forEach(Cache::removeAll),
                properties.groupCommitSize());
    }
}
