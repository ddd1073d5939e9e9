package org.peipao.query.dashboard;

import org.bson.Document;
import org.peipao.query.shared.BatchWrites;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes the dashboard's facts into the totals of every period they count in ({@link Periods#containing}), a
 * processor batch at a time ({@link BatchWrites}): one query per collection reads every document the batch touches,
 * the batch's changes are applied in memory, and one bulk write per collection stores them. Each document remembers
 * the last event applied to it, so a batch delivered again after a crash adds nothing twice, whichever of its writes
 * had been stored. Outside a batch (a projection fed by hand) each fact is written at once. A document changed across
 * a {@linkplain Checkpoints checkpoint} keeps the state it had there ({@link Versions}).
 */
class CellWrites {

    private final MongoTemplate mongo;
    private final DashboardReads reads;
    private final long every;

    /**
     * Reads and writes where {@code reads} says; keeps versions at every {@code every}th position
     * ({@link Versions#NONE}: none).
     */
    CellWrites(MongoTemplate mongo, DashboardReads reads, long every) {
        this.mongo = mongo;
        this.reads = reads;
        this.every = every;
    }

    private record Change(long position, LocalDate day, CellChange change) {
    }

    private static final class Pending implements BatchWrites.Pending {
        final Map<CubeCell, List<Change>> cells = new LinkedHashMap<>();
        final CellWrites writes;

        Pending(CellWrites writes) {
            this.writes = writes;
        }

        @Override
        public void write() {
            writes.write(this);
        }
    }

    /** Adds the changes the facts of the event at {@code position} make to the cells {@code kept} accepts. */
    void add(long position, List<Fact> facts, Predicate<CubeCell> kept) {
        Pending batch = BatchWrites.of("cells:" + reads.collection(CellTotals.COLLECTION), () -> new Pending(this));
        Pending pending = batch != null ? batch : new Pending(this);
        for (Fact fact : facts) {
            fact.cellChanges().forEach((dims, change) -> {
                if (kept.test(dims)) {
                    pending.cells.computeIfAbsent(dims, d -> new ArrayList<>())
                            .add(new Change(position, fact.day, change));
                }
            });
        }
        if (batch == null) {
            write(pending);
        }
    }

    private void write(Pending batch) {
        if (batch.cells.isEmpty()) {
            return;
        }
        Set<String> totalIds = new LinkedHashSet<>();
        Set<String> leaderIds = new LinkedHashSet<>();
        Set<String> servedIds = new LinkedHashSet<>();
        batch.cells.forEach((dims, changes) -> changes.forEach(c -> {
            Periods.containing(c.day()).forEach(period -> totalIds.add(CellTotals.idOf(dims, period)));
            c.change().leaders().keySet().forEach(id -> leaderIds.add(LeaderTotals.idOf(dims, id)));
            c.change().enterprises().forEach(e -> servedIds.add(EnterpriseServed.idOf(dims, e)));
        }));
        Map<String, Totals> totals = new HashMap<>();
        reads.byIds(CellTotals.COLLECTION, CellTotals.class, totalIds, d -> d.id)
                .forEach((id, doc) -> totals.put(id, new Totals(doc, true)));
        Map<String, LeaderTotals> lines = reads.byIds(LeaderTotals.COLLECTION, LeaderTotals.class, leaderIds, d -> d.id);
        Map<String, Long> linesAppliedBefore = new HashMap<>();
        lines.forEach((id, line) -> linesAppliedBefore.put(id, line.lastEventIndex));
        Map<String, EnterpriseServed> served = reads.byIds(EnterpriseServed.COLLECTION, EnterpriseServed.class,
                servedIds, d -> d.id);
        Set<String> changedLines = new LinkedHashSet<>();
        Set<String> newServed = new LinkedHashSet<>();
        Versions versions = new Versions(mongo, every);

        batch.cells.forEach((dims, changes) -> {
            Set<String> counted = new HashSet<>();
            Totals allTime = totals.computeIfAbsent(CellTotals.idOf(dims, Periods.ALL_TIME),
                    id -> Totals.fresh(id, dims, Periods.ALL_TIME));
            for (Change c : changes) {
                for (String period : Periods.containing(c.day())) {
                    Totals total = totals.computeIfAbsent(CellTotals.idOf(dims, period), id -> Totals.fresh(id, dims, period));
                    if (total.applies(c.position())) {
                        total.doc.kept = versions.beforeChange(CellTotals.COLLECTION, total.doc.id,
                                total::toDocument, total.doc.lastEventIndex, total.doc.kept, c.position());
                        total.apply(c, period);
                    }
                }
                for (String enterprise : c.change().enterprises()) {
                    String id = EnterpriseServed.idOf(dims, enterprise);
                    EnterpriseServed doc = served.get(id);
                    // the first event to serve it counts it, also when delivered again (its document names it)
                    boolean first = (doc == null || doc.lastEventIndex == c.position()) && counted.add(id);
                    if (doc == null) {
                        doc = new EnterpriseServed();
                        doc.id = id;
                        doc.lastEventIndex = c.position();
                        served.put(id, doc);
                        newServed.add(id);
                    }
                    if (first && allTime.applies(c.position())) {
                        allTime.enterprisesServed++;
                    }
                }
                c.change().leaders().forEach((companionId, credit) -> {
                    String id = LeaderTotals.idOf(dims, companionId);
                    LeaderTotals line = lines.computeIfAbsent(id, key -> newLine(key, companionId));
                    if (c.position() > linesAppliedBefore.getOrDefault(id, -1L)) {
                        line.kept = versions.beforeChange(LeaderTotals.COLLECTION, id, () -> line, line.lastEventIndex,
                                line.kept, c.position());
                        Set<String> landed = new TreeSet<>(line.landedProjects);
                        landed.addAll(credit.landedProjects());
                        line.landedProjects = new ArrayList<>(landed);
                        line.problemsSolved += credit.problemsSolved();
                        line.verifiedMilestones += credit.verifiedMilestones();
                        line.lastEventIndex = Math.max(line.lastEventIndex, c.position());
                        changedLines.add(id);
                    }
                    // the top follows the companion's totals, so it is right however a crash split the writes
                    allTime.withLine(line.line());
                });
            }
        });

        versions.write(reads);
        List<Totals> changedTotals = totals.values().stream().filter(t -> t.changed).toList();
        store(CellTotals.COLLECTION, changedTotals.stream().map(Totals::toDocument).toList(),
                changedTotals.stream().filter(t -> !t.found).map(t -> t.doc.id).collect(Collectors.toSet()), d -> d.id);
        store(LeaderTotals.COLLECTION, changedLines.stream().map(lines::get).toList(),
                changedLines.stream().filter(id -> !linesAppliedBefore.containsKey(id)).collect(Collectors.toSet()),
                line -> line.id);
        store(EnterpriseServed.COLLECTION, newServed.stream().map(served::get).toList(), newServed, d -> d.id);
    }

    private static LeaderTotals newLine(String id, String companionId) {
        LeaderTotals line = new LeaderTotals();
        line.id = id;
        line.companionId = companionId;
        return line;
    }

    /**
     * Writes {@code documents} in one bulk: those the batch made ({@code made}, found nowhere when it read) are
     * inserted, the others replaced (upserted: one read through a checkpoint is not in the scratch copy yet). An insert
     * costs the embedded store a fraction of an upsert.
     */
    private <D> void store(String logical, Collection<D> documents, Set<String> made, Function<D, String> idOf) {
        if (documents.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, reads.collection(logical));
        Map<String, Document> stored = new LinkedHashMap<>();
        for (D document : documents) {
            String id = idOf.apply(document);
            Document converted = new Document();
            mongo.getConverter().write(document, converted);
            stored.put(id, converted);
            if (made.contains(id)) {
                bulk.insert(converted);
            } else {
                bulk.replaceOne(byId(id), converted, FindAndReplaceOptions.options().upsert());
            }
        }
        bulk.execute();
        reads.written(logical, stored);
    }

    private static Query byId(String id) {
        return new Query(Criteria.where("_id").is(id));
    }

    /** A {@link CellTotals} being changed by a batch, its lists held as maps meanwhile. */
    private static final class Totals {
        final CellTotals doc;
        final long appliedBefore;
        final Map<String, Long> counters = new LinkedHashMap<>();
        final Map<String, Set<String>> sets = new LinkedHashMap<>();
        final Map<String, LeaderSum> leaders = new LinkedHashMap<>();
        /** Whether the document was read (else the batch makes it). */
        final boolean found;
        long enterprisesServed;
        boolean changed;

        Totals(CellTotals doc, boolean found) {
            this.doc = doc;
            this.found = found;
            this.appliedBefore = doc.lastEventIndex;
            StoredCounters.forEach(doc.counters, counters::put);
            doc.sets.forEach(s -> sets.put(s.key(), new LinkedHashSet<>(s.values())));
            doc.leaders.forEach(l -> leaders.put(l.companionId(), new LeaderSum(l)));
            enterprisesServed = doc.enterprisesServed;
        }

        static Totals fresh(String id, CubeCell dims, String period) {
            CellTotals doc = new CellTotals();
            doc.id = id;
            doc.period = period;
            doc.domain = dims.domain();
            doc.source = dims.source();
            doc.district = dims.district();
            doc.kind = dims.kind();
            return new Totals(doc, false);
        }

        /** Whether the event at {@code position} is new to this document (all of one event's changes are). */
        boolean applies(long position) {
            return position > appliedBefore;
        }

        /**
         * Adds the change's counters; to the all-time totals its day, to a day's totals its members and credits (kept
         * per day only, so that months and years stay small whatever the number of companions and enterprises).
         */
        void apply(Change c, String period) {
            c.change().counts().forEach((key, delta) -> counters.merge(key, delta, Long::sum));
            if (period.equals(Periods.ALL_TIME)) {
                String day = c.day().toString();
                doc.firstDay = doc.firstDay == null || day.compareTo(doc.firstDay) < 0 ? day : doc.firstDay;
                doc.lastDay = doc.lastDay == null || day.compareTo(doc.lastDay) > 0 ? day : doc.lastDay;
            } else if (Periods.isDay(period)) {
                c.change().members().forEach((key, values) -> sets.computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .addAll(values));
                c.change().leaders().forEach((id, credit) -> leaders.computeIfAbsent(id, LeaderSum::new).add(credit));
            }
            doc.lastEventIndex = Math.max(doc.lastEventIndex, c.position());
            changed = true;
        }

        void withLine(Leaders.Line line) {
            List<Leaders.Line> top = Leaders.withLine(doc.top, line);
            if (!top.equals(doc.top)) {
                doc.top = top;
                changed = true;
            }
        }

        CellTotals toDocument() {
            doc.counters = StoredCounters.write(counters);
            doc.sets = new ArrayList<>(sets.entrySet().stream()
                    .map(e -> new CellTotals.Members(e.getKey(), List.copyOf(e.getValue()))).toList());
            doc.leaders = new ArrayList<>(leaders.values().stream().map(LeaderSum::toLeader).toList());
            doc.enterprisesServed = enterprisesServed;
            return doc;
        }
    }
}
