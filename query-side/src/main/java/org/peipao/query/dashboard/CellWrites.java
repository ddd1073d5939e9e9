package org.peipao.query.dashboard;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the cell changes of a processor batch and writes each touched cell once, when the batch's last
 * event has been handled (before the processor stores its token, so a crash never leaves the token ahead of
 * the counters). Each change is applied only if the cell has not seen its event yet, so a batch delivered
 * again after a crash adds nothing twice. Outside a batch (tests, replays one by one) it writes at once.
 */
class CellWrites {

    private static final String RESOURCE = CellWrites.class.getName();

    private final MongoTemplate mongo;
    private final String collection;

    CellWrites(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    private record Pending(long position, CellChange change) {
    }

    private static final class Cell {
        final CubeCell dims;
        final String day;
        final List<Pending> changes = new ArrayList<>();

        Cell(CubeCell dims, String day) {
            this.dims = dims;
            this.day = day;
        }
    }

    private static final class Batch {
        final Map<String, Cell> cells = new LinkedHashMap<>();
    }

    void add(long position, List<Fact> facts) {
        if (!CurrentUnitOfWork.isStarted()) {
            Batch now = new Batch();
            collect(now, position, facts);
            write(now);
            return;
        }
        collect(CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new Batch()), position, facts);
    }

    private static void collect(Batch batch, long position, List<Fact> facts) {
        for (Fact fact : facts) {
            String day = fact.day.toString();
            fact.cellChanges().forEach((dims, change) -> batch.cells
                    .computeIfAbsent(DayCell.idOf(dims, day), id -> new Cell(dims, day))
                    .changes.add(new Pending(position, change)));
        }
    }

    /** Called for every event of the batch: writes when it was the last one (or when there is no batch). */
    void flushIfBatchEnds() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        if (unitOfWork == null) {
            return;
        }
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching && !batching.isLastMessage()) {
            return;
        }
        Batch batch = unitOfWork.root().getResource(RESOURCE);
        if (batch != null) {
            unitOfWork.root().resources().remove(RESOURCE);
            write(batch);
        }
    }

    private void write(Batch batch) {
        batch.cells.forEach((id, pending) -> {
            DayCell cell = mongo.findById(id, DayCell.class, collection);
            if (cell == null) {
                cell = new DayCell();
                cell.id = id;
                cell.day = pending.day;
                cell.domain = pending.dims.domain();
                cell.source = pending.dims.source();
                cell.district = pending.dims.district();
                cell.kind = pending.dims.kind();
            }
            // One event may change a cell more than once; only events the cell has not seen before apply.
            long alreadyApplied = cell.lastEventIndex;
            boolean changed = false;
            for (Pending change : pending.changes) {
                if (change.position() > alreadyApplied) {
                    change.change().applyTo(cell);
                    cell.lastEventIndex = Math.max(cell.lastEventIndex, change.position());
                    changed = true;
                }
            }
            if (changed) {
                mongo.save(cell, collection);
            }
        });
    }
}
