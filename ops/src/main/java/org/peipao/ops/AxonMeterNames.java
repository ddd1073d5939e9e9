package org.peipao.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Axon names its meters in camelCase without a prefix ({@code commandBus.successCounter}, tag
 * {@code processorName}); Prometheus expects snake_case. They are exported as {@code axon_command_bus_...}
 * with tags such as {@code processor_name}.
 */
@Configuration(proxyBeanMethods = false)
class AxonMeterNames {

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
