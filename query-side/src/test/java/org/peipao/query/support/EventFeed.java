package org.peipao.query.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.peipao.api.MetaDataKeys;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds events to a projection as its tracking processor would: through Axon's annotated-handler adapter (so
 * {@code @SequenceNumber}, the tracking token, {@code @Timestamp} and the actor are resolved from the message),
 * with the global position rising by one per event, each aggregate's sequence from 0, and one minute between
 * events. It remembers what it fed, so a test can redeliver it. Every projection test feeds its events through it.
 */
public final class EventFeed {

    private static final Instant START = Instant.parse("2025-03-01T01:00:00Z");

    private final AnnotationEventHandlerAdapter handlers;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<TrackedEventMessage<?>> fed = new ArrayList<>();
    private long position;

    public EventFeed(Object projection) {
        handlers = new AnnotationEventHandlerAdapter(projection);
    }

    /**
     * Feeds the next event of its aggregate, as sent by an administrator. The aggregate is the one the event's first
     * component names: every event of the contract starts with its own aggregate's id.
     */
    public TrackedEventMessage<?> feed(Object event) {
        return feed(aggregateIdOf(event), event, "admin");
    }

    /** Feeds the next event of the aggregate {@code aggregateId}, as sent by {@code actor}. */
    public TrackedEventMessage<?> feed(String aggregateId, Object event, String actor) {
        long sequence = sequences.merge(aggregateId, 0L, (last, ignored) -> last + 1);
        long at = ++position;
        Instant timestamp = START.plusSeconds(60 * at);
        EventMessage<?> message = GenericEventMessage.asEventMessage(event)
                .andMetaData(Map.of(MetaDataKeys.ACTOR, actor));
        TrackedEventMessage<?> tracked = new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(at),
                "Aggregate", aggregateId, sequence, message, () -> timestamp);
        fed.add(tracked);
        handle(tracked);
        return tracked;
    }

    /** Delivers an event fed before once more, with its original position. */
    public void redeliver(TrackedEventMessage<?> message) {
        handle(message);
    }

    /** Delivers every event fed so far once more, in the original order. */
    public void redeliverAll() {
        List.copyOf(fed).forEach(this::handle);
    }

    private static String aggregateIdOf(Object event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components == null || components.length == 0 || components[0].getType() != String.class) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " does not start with its aggregate's id");
        }
        try {
            return (String) components[0].getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the aggregate id of " + event, e);
        }
    }

    private void handle(EventMessage<?> message) {
        try {
            handlers.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("handling " + message.getPayloadType().getSimpleName() + " failed", e);
        }
    }
}
