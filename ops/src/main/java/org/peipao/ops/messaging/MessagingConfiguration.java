package org.peipao.ops.messaging;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metadata on every message: actor and correlation on commands, passed on to the events they cause. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    static CorrelationDataProvider correlationProvider() {
        return new CorrelationProvider();
    }

    @Autowired
    void stampCommands(CommandBus commandBus, CurrentActor currentActor) {
        commandBus.registerDispatchInterceptor(new ActorStamp(currentActor));
    }
}
