package org.peipao.ops.processors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * Operations gauges, refreshed periodically: each processor's lag, whether it runs and whether it is in
 * error, and whether the event store answers.
 */
@Component
class ProcessorGauges {

    private static final Logger log = LoggerFactory.getLogger(ProcessorGauges.class);

    private final ProcessorStatus status;
    private final MultiGauge lagEvents;
    private final MultiGauge lagSeconds;
    private final MultiGauge running;
    private final MultiGauge inError;
    private final AtomicInteger eventStoreUp = new AtomicInteger();

    ProcessorGauges(ProcessorStatus status, MeterRegistry registry) {
        this.status = status;
        lagEvents = MultiGauge.builder("peipao.processor.lag.events")
                .description("Events stored but not yet handled by the processor").register(registry);
        lagSeconds = MultiGauge.builder("peipao.processor.lag.seconds")
                .description("Age of the oldest event the processor has not handled yet").register(registry);
        running = MultiGauge.builder("peipao.processor.running").description("1 when the processor runs")
                .register(registry);
        inError = MultiGauge.builder("peipao.processor.error").description("1 when the processor is in error")
                .register(registry);
        Gauge.builder("peipao.event.store.up", eventStoreUp, AtomicInteger::get)
                .description("1 when the event store answers").register(registry);
    }

    @Scheduled(initialDelayString = "${peipao.ops.gauge-refresh:5s}", fixedDelayString = "${peipao.ops.gauge-refresh:5s}")
    void refresh() {
        List<ProcessorView> processors;
        try {
            processors = status.all();
            eventStoreUp.set(1);
        } catch (RuntimeException unreachable) {
            log.warn("event store unreachable: {}", unreachable.getMessage());
            eventStoreUp.set(0);
            return;
        }
        lagEvents.register(rows(processors, p -> p.lag().events()), true);
        lagSeconds.register(rows(processors, p -> p.lag().seconds()), true);
        running.register(rows(processors, p -> p.running() ? 1 : 0), true);
        inError.register(rows(processors, p -> p.error() ? 1 : 0), true);
    }

    private static List<MultiGauge.Row<?>> rows(List<ProcessorView> processors, ToDoubleFunction<ProcessorView> value) {
        return processors.stream()
                .<MultiGauge.Row<?>>map(p -> MultiGauge.Row.of(Tags.of("processor", p.name()), value.applyAsDouble(p)))
                .toList();
    }
}
