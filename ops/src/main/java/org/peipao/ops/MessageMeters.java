package org.peipao.ops;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Axon's message counters and timers ({@link MessageCountingMonitor} and {@link MessageTimerMonitor} together: the
 * same meter names, tags and timer settings), with the meters of each payload type looked up once. Axon's pair looks up
 * nine meters in the registry for every message (each a new meter id to hash); a JFR profile of a read-model rebuild
 * put that at about 12% of the processor's thread. Tags may depend on the payload type only. {@code MessageMetersTest}
 * checks that both register the same meters and count alike.
 */
final class MessageMeters implements MessageMonitor<Message<?>> {

    private final String prefix;
    private final MeterRegistry registry;
    private final Function<Class<?>, Tags> tagsOf;
    private final Clock clock;
    private final ClassValue<Meters> meters = new ClassValue<>() {
        @Override
        protected Meters computeValue(Class<?> payloadType) {
            return new Meters(tagsOf.apply(payloadType));
        }
    };

    /**
     * Meters named {@code prefix} followed by Axon's suffixes ({@code .ingestedCounter}, {@code .allTimer}, ...),
     * tagged with {@code tagsOf} the message's payload type.
     */
    MessageMeters(String prefix, MeterRegistry registry, Function<Class<?>, Tags> tagsOf) {
        this.prefix = prefix;
        this.registry = registry;
        this.tagsOf = tagsOf;
        this.clock = registry.config().clock();
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Meters of = meters.get(message.getPayloadType());
        of.ingested.increment();
        long start = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                of.processed.increment();
                finish(of.success, of.successTime);
            }

            @Override
            public void reportFailure(Throwable cause) {
                of.processed.increment();
                finish(of.failure, of.failureTime);
            }

            @Override
            public void reportIgnored() {
                finish(of.ignored, of.ignoredTime); // an ignored message is not counted as processed (as Axon's)
            }

            /** Counts the outcome and times the message, in {@code all} and in the outcome's own timer. */
            private void finish(Counter outcome, Timer outcomeTime) {
                outcome.increment();
                long took = clock.monotonicTime() - start;
                of.all.record(took, TimeUnit.NANOSECONDS);
                outcomeTime.record(took, TimeUnit.NANOSECONDS);
            }
        };
    }

    /** The meters of one payload type. */
    private final class Meters {
        final Counter ingested;
        final Counter success;
        final Counter failure;
        final Counter processed;
        final Counter ignored;
        final Timer all;
        final Timer successTime;
        final Timer failureTime;
        final Timer ignoredTime;

        Meters(Tags tags) {
            ingested = registry.counter(prefix + ".ingestedCounter", tags);
            success = registry.counter(prefix + ".successCounter", tags);
            failure = registry.counter(prefix + ".failureCounter", tags);
            processed = registry.counter(prefix + ".processedCounter", tags);
            ignored = registry.counter(prefix + ".ignoredCounter", tags);
            all = timer("allTimer", tags);
            successTime = timer("successTimer", tags);
            failureTime = timer("failureTimer", tags);
            ignoredTime = timer("ignoredTimer", tags);
        }

        /** A timer as {@link MessageTimerMonitor} registers it: percentiles over ten minutes. */
        private Timer timer(String name, Tags tags) {
            return Timer.builder(prefix + "." + name)
                    .distributionStatisticExpiry(Duration.ofMinutes(10))
                    .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                    .tags(tags)
                    .register(registry);
        }
    }
}
