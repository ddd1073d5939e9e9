package org.peipao.query.dashboard;

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
import java.util.function.UnaryOperator;

/**
 * Writes the dashboard's facts into the totals of every period they count in ({@link Periods#containing}), a
 * processor batch at a time ({@link BatchWrites}): one query per collection reads every document the batch touches,
 * the batch's changes are applied in memory, and one bulk write per collection stores them. Each document remembers
 * the last event applied to it, so a batch delivered again after a crash adds nothing twice, whichever of its writes
 * had been stored. Outside a batch (a projection fed by hand) each fact is written at once.
 */
class CellWrites {

    private final MongoTemplate mongo;
    private final String cells;
    private final String leaders;
    private final String enterprises;

    /** {@code collectionOf} names the physical collection of each logical one. */
    CellWrites(MongoTemplate mongo, UnaryOperator<String> collectionOf) {
        this.mongo = mongo;
        this.cells = collectionOf.apply(CellTotals.COLLECTION);
        this.leaders = collectionOf.apply(LeaderTotals.COLLECTION);
        this.enterprises = collectionOf.apply(EnterpriseServed.COLLECTION);
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

    void add(long position, List<Fact> facts) {
        Pending batch = BatchWrites.of("cells:" + cells, () -> new Pending(this));
        Pending pending = batch != null ? batch : new Pending(this);
        for (Fact fact : facts) {
            fact.cellChanges().forEach((dims, change) -> pending.cells.computeIfAbsent(dims, d -> new ArrayList<>())
                    .add(new Change(position, fact.day, change)));
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
        read(totalIds, CellTotals.class, cells, d -> d.id).forEach((id, doc) -> totals.put(id, new Totals(doc)));
        Map<String, LeaderTotals> lines = read(leaderIds, LeaderTotals.class, leaders, d -> d.id);
        Map<String, Long> linesAppliedBefore = new HashMap<>();
        lines.forEach((id, line) -> linesAppliedBefore.put(id, line.lastEventIndex));
        Map<String, EnterpriseServed> served = read(servedIds, EnterpriseServed.class, enterprises, d -> d.id);
        Set<String> changedLines = new LinkedHashSet<>();
        Set<String> newServed = new LinkedHashSet<>();

        batch.cells.forEach((dims, changes) -> {
            Set<String> credited = new LinkedHashSet<>();
            Set<String> counted = new HashSet<>();
            Totals allTime = totals.computeIfAbsent(CellTotals.idOf(dims, Periods.ALL_TIME),
                    id -> Totals.fresh(id, dims, Periods.ALL_TIME));
            for (Change c : changes) {
                for (String period : Periods.containing(c.day())) {
                    Totals total = totals.computeIfAbsent(CellTotals.idOf(dims, period), id -> Totals.fresh(id, dims, period));
                    if (total.applies(c.position())) {
                        total.apply(c, period.equals(Periods.ALL_TIME));
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
                        Set<String> landed = new TreeSet<>(line.landedProjects);
                        landed.addAll(credit.landedProjects());
                        line.landedProjects = new ArrayList<>(landed);
                        line.problemsSolved += credit.problemsSolved();
                        line.verifiedMilestones += credit.verifiedMilestones();
                        line.lastEventIndex = Math.max(line.lastEventIndex, c.position());
                        changedLines.add(id);
                    }
                    credited.add(companionId);
                });
            }
            // the top follows the companions' stored totals, so it is right however a crash split the writes
            for (String companionId : credited) {
                allTime.withLine(lines.get(LeaderTotals.idOf(dims, companionId)).line());
            }
        });

        BulkOperations totalWrites = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CellTotals.class, cells);
        long writes = totals.values().stream().filter(t -> t.changed)
                .peek(t -> totalWrites.replaceOne(byId(t.doc.id), t.toDocument(), FindAndReplaceOptions.options().upsert()))
                .count();
        if (writes > 0) {
            totalWrites.execute();
        }
        upsertAll(LeaderTotals.class, leaders, changedLines.stream().map(lines::get).toList(), line -> line.id);
        upsertAll(EnterpriseServed.class, enterprises, newServed.stream().map(served::get).toList(), doc -> doc.id);
    }

    private static LeaderTotals newLine(String id, String companionId) {
        LeaderTotals line = new LeaderTotals();
        line.id = id;
        line.companionId = companionId;
        return line;
    }

    private <D> Map<String, D> read(Set<String> ids, Class<D> type, String collection, Function<D, String> idOf) {
        Map<String, D> found = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(new Query(Criteria.where("_id").in(ids)), type, collection).forEach(d -> found.put(idOf.apply(d), d));
        }
        return found;
    }

    private <D> void upsertAll(Class<D> type, String collection, Collection<D> documents, Function<D, String> idOf) {
        if (documents.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type, collection);
        documents.forEach(d -> bulk.replaceOne(byId(idOf.apply(d)), d, FindAndReplaceOptions.options().upsert()));
        bulk.execute();
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
        long enterprisesServed;
        boolean changed;

        Totals(CellTotals doc) {
            this.doc = doc;
            this.appliedBefore = doc.lastEventIndex;
            doc.counters.forEach(c -> counters.put(c.key(), c.value()));
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
            return new Totals(doc);
        }

        /** Whether the event at {@code position} is new to this document (all of one event's changes are). */
        boolean applies(long position) {
            return position > appliedBefore;
        }

        void apply(Change c, boolean allTime) {
            c.change().counts().forEach((key, delta) -> counters.merge(key, delta, Long::sum));
            if (allTime) {
                String day = c.day().toString();
                doc.firstDay = doc.firstDay == null || day.compareTo(doc.firstDay) < 0 ? day : doc.firstDay;
                doc.lastDay = doc.lastDay == null || day.compareTo(doc.lastDay) > 0 ? day : doc.lastDay;
            } else {
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
            doc.counters = new ArrayList<>(counters.entrySet().stream()
                    .map(e -> new CellTotals.Count(e.getKey(), e.getValue())).toList());
            doc.sets = new ArrayList<>(sets.entrySet().stream()
                    .map(e -> new CellTotals.Members(e.getKey(), List.copyOf(e.getValue()))).toList());
            doc.leaders = new ArrayList<>(leaders.values().stream().map(LeaderSum::toLeader).toList());
            doc.enterprisesServed = enterprisesServed;
            return doc;
        }
    }

    /** A companion's line in a period, while a batch changes it. */
    private static final class LeaderSum {
        final String companionId;
        final Set<String> landed = new TreeSet<>();
        long problemsSolved;
        long verifiedMilestones;

        LeaderSum(String companionId) {
            this.companionId = companionId;
        }

        LeaderSum(CellTotals.Leader stored) {
            this(stored.companionId());
            landed.addAll(stored.landedProjects());
            problemsSolved = stored.problemsSolved();
            verifiedMilestones = stored.verifiedMilestones();
        }

        void add(CellChange.LeaderCredit credit) {
            landed.addAll(credit.landedProjects());
            problemsSolved += credit.problemsSolved();
            verifiedMilestones += credit.verifiedMilestones();
        }

        CellTotals.Leader toLeader() {
            return new CellTotals.Leader(companionId, List.copyOf(landed), problemsSolved, verifiedMilestones);
        }
    }
}
