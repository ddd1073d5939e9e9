package org.peipao.query.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.peipao.api.MetaDataKeys;
import org.peipao.query.shared.BatchWrites;

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
 * <p>
 * By default each event is handled on its own, outside any batch. {@link #inBatchesOf(int)} makes it deliver events
 * as a tracking processor does: in batches, each in one {@link BatchingUnitOfWork}, the batch's held writes
 * flushed after its last event ({@link BatchWrites#flushIfLast}).
 */
public final class EventFeed {

    private static final Instant START = Instant.parse("2025-03-01T01:00:00Z");

    private final AnnotationEventHandlerAdapter handlers;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<TrackedEventMessage<?>> fed = new ArrayList<>();
    private final List<TrackedEventMessage<?>> pending = new ArrayList<>();
    private int batchSize = 1;
    private long position;

    public EventFeed(Object projection) {
        handlers = new AnnotationEventHandlerAdapter(projection);
    }

    /** From now on, delivers events in batches of {@code size}; {@link #endBatch()} delivers a shorter last one. */
    public EventFeed inBatchesOf(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a batch holds at least one event");
        }
        endBatch();
        batchSize = size;
        return this;
    }

    /** Every event fed so far, in order. */
    public List<TrackedEventMessage<?>> fed() {
        return List.copyOf(fed);
    }

    /** Delivers {@code events} (fed to another projection before) to {@code projection}, in batches of {@code size}. */
    public static void deliver(Object projection, List<TrackedEventMessage<?>> events, int size) {
        EventFeed feed = new EventFeed(projection).inBatchesOf(Math.max(2, size));
        for (int from = 0; from < events.size(); from += size) {
            feed.handleBatch(events.subList(from, Math.min(events.size(), from + size)));
        }
    }

    /** Delivers the events still waiting for their batch to fill up. */
    public void endBatch() {
        if (!pending.isEmpty()) {
            List<TrackedEventMessage<?>> batch = List.copyOf(pending);
            pending.clear();
            handleBatch(batch);
        }
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
        if (batchSize == 1) {
            handle(tracked);
        } else {
            pending.add(tracked);
            if (pending.size() == batchSize) {
                endBatch();
            }
        }
        return tracked;
    }

    /** Delivers an event fed before once more, with its original position. */
    public void redeliver(TrackedEventMessage<?> message) {
        handle(message);
    }

    /** Delivers every event fed so far once more, in the original order (and batches, when batching). */
    public void redeliverAll() {
        endBatch();
        List<TrackedEventMessage<?>> all = List.copyOf(fed);
        if (batchSize == 1) {
            all.forEach(this::handle);
            return;
        }
        for (int from = 0; from < all.size(); from += batchSize) {
            handleBatch(all.subList(from, Math.min(all.size(), from + batchSize)));
        }
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

    private void handleBatch(List<TrackedEventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            EventMessage<?> message = unitOfWork.getMessage();
            if (handlers.canHandle(message)) {
                handlers.handle(message);
            }
            BatchWrites.flushIfLast(unitOfWork);
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("handling a batch of " + batch.size() + " events failed",
                    result.exceptionResult());
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
