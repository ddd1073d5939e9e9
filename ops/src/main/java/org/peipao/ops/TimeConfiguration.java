package org.peipao.ops;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The one source of time: decisions and event timestamps both read the {@link Clock} bean. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(PeipaoProperties properties) {
        return Clock.system(properties.zone());
    }

    /** Axon stamps events from a static clock; point it at ours, so that a test's fixed clock holds everywhere. */
    @Bean
    InitializingBean eventTimestampsFollowTheClock(Clock clock) {
        return () -> GenericEventMessage.clock = clock;
    }
}
