package org.peipao.ops.storage;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.peipao.command.web.WritePositions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Makes events become visible in the order of their global position. Without it, two transactions can take
 * positions 104 and 105 and commit the other way round: a processor then sees 105 before 104. Every append
 * first takes one row lock, held until its transaction ends, so appending transactions commit one after the
 * other, in every process sharing the database. Read models can then trust that an event at a lower position
 * never arrives after a higher one, except when it is delivered again. Only the append and the commit are
 * serialised; commands load aggregates and decide concurrently.
 */
class OrderedAppends implements EventStorageEngine {

    static final String LOCK_TABLE = "peipao_append_lock";

    private final EventStorageEngine delegate;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<WritePositions> positions;

    OrderedAppends(EventStorageEngine delegate, JdbcTemplate jdbc, ObjectProvider<WritePositions> positions) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.positions = positions;
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + LOCK_TABLE + " (id INTEGER NOT NULL PRIMARY KEY, appends BIGINT NOT NULL)");
        if (jdbc.queryForObject("SELECT COUNT(*) FROM " + LOCK_TABLE, Integer.class) == 0) {
            jdbc.update("INSERT INTO " + LOCK_TABLE + " (id, appends) VALUES (1, 0)");
        }
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            delegate.appendEvents(events);
            return;
        }
        jdbc.update("UPDATE " + LOCK_TABLE + " SET appends = appends + 1 WHERE id = 1");
        delegate.appendEvents(events);
        rememberPositionForTheCommand();
    }

    /**
     * With the lock held no other transaction appends, so the highest position is this transaction's last event.
     * Once committed, it is the position the command's sender answers ({@link WritePositions}).
     */
    private void rememberPositionForTheCommand() {
        WritePositions writes = positions.getIfAvailable();
        if (writes == null || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> command = CurrentUnitOfWork.get().root();
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        if (last != null) {
            String commandId = command.getMessage().getIdentifier();
            command.afterCommit(committed -> writes.record(commandId, last));
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return delegate.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
