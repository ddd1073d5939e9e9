package org.peipao.audit.chain;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The write half of the audit: every process that stores events links each one into its stream's hash chain,
 * in the transaction that stores it (a subscribing processor whose errors propagate, so an event is stored with its
 * link or not at all). The runnable imports it for the {@code all} and {@code command} roles.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class EventChainConfiguration {

    @Autowired
    void linkEventsAsTheyAreStored(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(EventChain.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(EventChain.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance());
    }
}
