package org.peipao.audit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.peipao.query.shared.BatchWrites;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Feeds the recorded events, in the order of the store, to projections built elsewhere than the live read
 * models (a shadow, an as-of copy). Events are read as a stream and handled in batches, as a processor does:
 * memory stays bounded whatever the number of events.
 */
final class EventReplay {

    private static final int BATCH = 1_000;

    private EventReplay() {
    }

    /**
     * Replays the events after global position {@code after} ({@code -1}: from the first) up to {@code last}
     * (included) that {@code include} accepts, stopping early at the first event {@code stop} accepts. Answers the
     * number of events handled.
     */
    static long replay(EventStore events, long after, long last, Predicate<TrackedEventMessage<?>> include,
                       Predicate<TrackedEventMessage<?>> stop, List<Object> projections) {
        return replay(events, after, last, include, stop, projections, position -> { });
    }

    /** As {@link #replay(EventStore, long, long, Predicate, Predicate, List)}; {@code progress} hears the global
     * position reached after each batch. */
    static long replay(EventStore events, long after, long last, Predicate<TrackedEventMessage<?>> include,
                       Predicate<TrackedEventMessage<?>> stop, List<Object> projections, LongConsumer progress) {
        List<AnnotationEventHandlerAdapter> handlers = projections.stream().map(AnnotationEventHandlerAdapter::new).toList();
        long handled = 0;
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(tokenAt(events, after))) {
            long position = Math.max(after, 0);
            while (position < last && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                position = event.trackingToken().position().orElse(position);
                if (position > last || stop.test(event)) {
                    break;
                }
                if (include.test(event)) {
                    batch.add(event);
                    if (batch.size() == BATCH) {
                        handled += handle(batch, handlers);
                        progress.accept(position);
                    }
                }
            }
            handled += handle(batch, handlers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying events", e);
        }
        return handled;
    }

    /** A token just past {@code position}, of the kind the store's tokens are; {@code null} (the start) for -1. */
    private static TrackingToken tokenAt(EventStore events, long position) {
        if (position < 0) {
            return null;
        }
        return events.createTailToken() instanceof GlobalSequenceTrackingToken
                ? new GlobalSequenceTrackingToken(position)
                : GapAwareTrackingToken.newInstance(position, Set.of());
    }

    private static int handle(List<TrackedEventMessage<?>> batch, List<AnnotationEventHandlerAdapter> handlers) {
        if (batch.isEmpty()) {
            return 0;
        }
        int size = batch.size();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            EventMessage<?> event = unitOfWork.getMessage();
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            }
            BatchWrites.flushIfLast(unitOfWork);
            return null;
        });
        batch.clear();
        if (result.isExceptional()) {
            throw new IllegalStateException("replaying events failed", result.exceptionResult());
        }
        return size;
    }
}
