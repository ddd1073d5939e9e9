package org.peipao.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Axon's message meters, in memory that stays bounded however many messages flow, and named the Prometheus way.
 * <p>
 * <b>Monitors.</b> Axon's own set ({@code axon.metrics.auto-configuration}, switched off in {@code application.yml})
 * adds a {@code CapacityMonitor} to every processor and bus; it remembers the time of every message of the last ten
 * minutes, which at a rebuild's 20,000 events/s per processor is millions of entries: a 96 MB server exporting
 * 120,000 events ran out of heap on them. Here each processor and bus gets the rest of Axon's set, with the same
 * meter names and tags: counters and timers ({@link MessageMeters}: Axon's, with each payload type's meters looked up
 * once) and (processors) Axon's latency monitor, all of fixed size. One difference: the event bus's (event store's)
 * counters carry {@code payloadType}, as its timers do; Axon's set leaves them untagged.
 * <p>
 * <b>Names.</b> Axon names its meters in camelCase without a prefix ({@code commandBus.successCounter}, tag
 * {@code processorName}); Prometheus expects snake_case. They are exported as {@code axon_command_bus_...}
 * with tags such as {@code processor_name}.
 */
@Configuration(proxyBeanMethods = false)
class AxonMetrics {

    @Bean
    ConfigurerModule boundedMessageMonitors(MeterRegistry registry) {
        return configurer -> configurer.configureMessageMonitor(
                configuration -> (componentType, componentName) -> monitor(registry, componentType, componentName));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static MessageMonitor<Message<?>> monitor(MeterRegistry registry, Class<?> componentType, String componentName) {
        Function<Class<?>, Tags> byPayload = type -> Tags.of("payloadType", type.getSimpleName());
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            Function<Message<?>, Iterable<Tag>> processor = m -> Tags.of("processorName", componentName);
            return new MultiMessageMonitor(List.of(
                    new MessageMeters("eventProcessor", registry,
                            type -> Tags.of("processorName", componentName, "payloadType", type.getSimpleName())),
                    EventProcessorLatencyMonitor.builder().meterNamePrefix("eventProcessor").meterRegistry(registry)
                            .tagsBuilder(processor).build()));
        }
        if (EventBus.class.isAssignableFrom(componentType) || CommandBus.class.isAssignableFrom(componentType)
                || QueryBus.class.isAssignableFrom(componentType)
                || QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
            return new MessageMeters(componentName, registry, byPayload);
        }
        return (MessageMonitor) NoOpMessageMonitor.instance();
    }

    private static final List<String> AXON_COMPONENTS = List.of("commandBus", "eventProcessor", "eventStore", "eventBus",
            "queryBus", "queryUpdateEmitter", "deadlineManager", "sagaManager", "snapshotter");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    @Bean
    MeterFilter axonMetersInSnakeCase() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String first = id.getName().split("\\.", 2)[0];
                if (!AXON_COMPONENTS.contains(first)) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream().map(t -> Tag.of(snake(t.getKey(), "_"), t.getValue())).toList();
                return id.withName("axon." + snake(id.getName(), ".")).replaceTags(tags);
            }
        };
    }

    static String snake(String camel, String separator) {
        return CAMEL_HUMP.matcher(camel).replaceAll(separator).toLowerCase();
    }
}
