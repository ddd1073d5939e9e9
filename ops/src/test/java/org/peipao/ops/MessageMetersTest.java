package org.peipao.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link MessageMeters} registers and moves the meters Axon's counting and timer monitors would. */
class MessageMetersTest {

    record Registered(String id) {
    }

    record Verified(String id) {
    }

    @Test
    void registersTheMetersOfAxonsMonitorsAndCountsAlike() {
        MeterRegistry axons = new SimpleMeterRegistry();
        MeterRegistry ours = new SimpleMeterRegistry();
        MessageMonitor<Message<?>> axon = new MultiMessageMonitor<>(List.of(
                MessageCountingMonitor.buildMonitor("eventProcessor", axons,
                        m -> Tags.of("processorName", "companions", "payloadType", m.getPayloadType().getSimpleName())),
                MessageTimerMonitor.buildMonitor("eventProcessor", axons,
                        m -> Tags.of("processorName", "companions", "payloadType", m.getPayloadType().getSimpleName()))));
        MessageMonitor<Message<?>> meters = new MessageMeters("eventProcessor", ours,
                type -> Tags.of("processorName", "companions", "payloadType", type.getSimpleName()));

        for (MessageMonitor<Message<?>> monitor : List.of(axon, meters)) {
            for (int n = 0; n < 3; n++) {
                monitor.onMessageIngested(GenericEventMessage.asEventMessage(new Registered("c-" + n))).reportSuccess();
            }
            monitor.onMessageIngested(GenericEventMessage.asEventMessage(new Verified("c-1")))
                    .reportFailure(new IllegalStateException("refused"));
            monitor.onMessageIngested(GenericEventMessage.asEventMessage(new Verified("c-2"))).reportIgnored();
        }

        Map<String, Double> expected = counts(axons);
        assertThat(expected).hasSize(18).containsEntry(
                "eventProcessor.successCounter{payloadType=Registered,processorName=companions}", 3.0);
        assertThat(counts(ours)).isEqualTo(expected);
        assertThat(ours.getMeters().stream().map(Meter::getId).map(id -> id.getType() + " " + id).sorted().toList())
                .isEqualTo(axons.getMeters().stream().map(Meter::getId).map(id -> id.getType() + " " + id).sorted().toList());
    }

    /** Each meter's count (counters) or number of recordings (timers), by name and tags. */
    private static Map<String, Double> counts(MeterRegistry registry) {
        Map<String, Double> counts = new TreeMap<>();
        registry.getMeters().forEach(meter -> {
            String key = meter.getId().getName() + meter.getId().getTags().stream()
                    .map(tag -> tag.getKey() + "=" + tag.getValue()).sorted().toList().toString()
                    .replace('[', '{').replace(']', '}').replace(", ", ",");
            meter.measure().forEach(m -> {
                if (m.getStatistic().name().equals("COUNT")) {
                    counts.put(key, m.getValue());
                }
            });
        });
        return counts;
    }
}
