package org.peipao.query.shared;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The writes a processor batch makes, held in memory until the batch's last event has been handled, then written at
 * once: one bulk write per collection instead of a round trip per event. They are written before the processor
 * stores its token (the last event's handling ends before the batch commits), so a crash never leaves the token
 * ahead of the documents; a batch delivered again after a crash changes nothing twice (documents remember the last
 * event they applied). Outside a batch (a projection fed by hand) there is nothing to hold: writes go at once.
 */
public final class BatchWrites {

    private static final String RESOURCE = BatchWrites.class.getName();
    private static final String LAST = RESOURCE + ".last";

    /** Writes held for a batch, written when it ends. */
    public interface Pending {
        void write();
    }

    private BatchWrites() {
    }

    /**
     * The held writes named {@code key} of the current batch, made by {@code factory} at first use; {@code null} when
     * no batch is being handled (write at once then).
     */
    public static <T extends Pending> T of(String key, Supplier<T> factory) {
        return held(RESOURCE, key, factory);
    }

    /**
     * Like {@link #of}, for writes that must follow all the others of the batch (a record that the batch's other
     * writes are complete).
     */
    public static <T extends Pending> T atEnd(String key, Supplier<T> factory) {
        return held(LAST, key, factory);
    }

    /** The held writes named {@code key} of the current batch ({@link #of}), if any have been made. */
    public static <T extends Pending> T held(String key) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        Map<String, Pending> held = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        @SuppressWarnings("unchecked")
        T pending = held == null ? null : (T) held.get(key);
        return pending;
    }

    private static <T extends Pending> T held(String resource, String key, Supplier<T> factory) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        Map<String, Pending> held = CurrentUnitOfWork.get().root().getOrComputeResource(resource,
                r -> new LinkedHashMap<String, Pending>());
        @SuppressWarnings("unchecked")
        T pending = (T) held.computeIfAbsent(key, k -> factory.get());
        return pending;
    }

    /**
     * Writes everything held for the batch of {@code unitOfWork} if its current event is the batch's last (or it is no
     * batch). Called after each event of a read-model processor has been handled.
     */
    public static void flushIfLast(UnitOfWork<?> unitOfWork) {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching && !batching.isLastMessage()) {
            return;
        }
        for (String resource : new String[] {RESOURCE, LAST}) {
            if (unitOfWork.root().resources().remove(resource) instanceof Map<?, ?> map) {
                castHeld(map).values().forEach(Pending::write);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> castHeld(Map<?, ?> map) {
        return (Map<String, Pending>) map;
    }
}
