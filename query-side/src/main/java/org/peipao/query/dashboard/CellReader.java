package org.peipao.query.dashboard;


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
import java.util.function.BiFunction;

/**
 * Reads the dashboard's totals by {@code _id} alone, the one look-up every MongoDB serves from an index: first the
 * all-time document of each cell asked for, which answers a range holding all the cell's facts at once (the default
 * dashboard); then, in one more query, the documents of the {@linkplain Periods#cover periods} that tile any other
 * range.
 */
final class CellReader {

    /** A range of office days, both ends included; {@code from} {@code null}: since the first fact. */
    record Range(LocalDate from, LocalDate to) {
    }

    private final DashboardReads reads;

    CellReader(DashboardReads reads) {
        this.reads = reads;
    }

    /**
     * Each cell summed over {@code range}, stocks up to its end; the enterprises served and the leaderboard only for
     * the cells {@code detailed} names (over a range other than all of a cell's days they are summed from its days).
     */
    Map<CubeCell, CellSums> sums(Collection<CubeCell> cells, Range range, Set<CubeCell> detailed) {
        Map<String, CellTotals> allTime = read(cells.stream().map(c -> CellTotals.idOf(c, Periods.ALL_TIME)).toList());
        Map<CubeCell, List<String>> flowPeriods = new LinkedHashMap<>();
        Map<CubeCell, List<String>> earlierPeriods = new LinkedHashMap<>();
        Map<CubeCell, List<String>> flowDays = new LinkedHashMap<>();
        Map<CubeCell, CellSums> sums = new LinkedHashMap<>();
        for (CubeCell cell : cells) {
            CellTotals all = allTime.get(CellTotals.idOf(cell, Periods.ALL_TIME));
            if (all == null || all.firstDay == null) {
                sums.put(cell, CellSums.NONE);
            } else if (holdsAll(all, range)) {
                Map<String, Long> counters = counters(List.of(all));
                sums.put(cell, new CellSums(counters, counters, all.enterprisesServed, all.top));
            } else {
                LocalDate first = LocalDate.parse(all.firstDay);
                LocalDate from = range.from() == null ? first : range.from();
                flowPeriods.put(cell, periods(cell, from, range.to(), all, Periods::cover));
                earlierPeriods.put(cell, range.from() == null ? List.of()
                        : periods(cell, first, range.from().minusDays(1), all, Periods::cover));
                flowDays.put(cell, detailed.contains(cell) ? periods(cell, from, range.to(), all, Periods::days)
                        : List.of());
            }
        }
        if (flowPeriods.isEmpty()) {
            return sums;
        }
        Set<String> ids = new LinkedHashSet<>();
        flowPeriods.values().forEach(ids::addAll);
        earlierPeriods.values().forEach(ids::addAll);
        flowDays.values().forEach(ids::addAll);
        Map<String, CellTotals> found = read(ids);
        flowPeriods.forEach((cell, periods) -> {
            Map<String, Long> flows = counters(existing(periods, found));
            Map<String, Long> stocks = new HashMap<>(flows);
            counters(existing(earlierPeriods.get(cell), found)).forEach((key, value) -> stocks.merge(key, value, Long::sum));
            List<CellTotals> days = existing(flowDays.get(cell), found);
            sums.put(cell, new CellSums(flows, stocks, enterprises(days), leaders(days)));
        });
        return sums;
    }

    /** The counters of {@code cell} summed over each of {@code ranges}, in one query. */
    List<Map<String, Long>> counters(CubeCell cell, List<Range> ranges) {
        CellTotals all = read(List.of(CellTotals.idOf(cell, Periods.ALL_TIME))).get(CellTotals.idOf(cell, Periods.ALL_TIME));
        if (all == null || all.firstDay == null) {
            return ranges.stream().map(r -> Map.<String, Long>of()).toList();
        }
        LocalDate first = LocalDate.parse(all.firstDay);
        List<List<String>> periods = ranges.stream()
                .map(r -> periods(cell, r.from() == null ? first : r.from(), r.to(), all, Periods::cover)).toList();
        Set<String> ids = new LinkedHashSet<>();
        periods.forEach(ids::addAll);
        Map<String, CellTotals> found = read(ids);
        return periods.stream().map(p -> counters(existing(p, found))).toList();
    }

    /** The all-time totals of {@code cell}: every fact, whatever its day. */
    CellSums allTime(CubeCell cell) {
        CellTotals all = read(List.of(CellTotals.idOf(cell, Periods.ALL_TIME))).get(CellTotals.idOf(cell, Periods.ALL_TIME));
        if (all == null) {
            return CellSums.NONE;
        }
        Map<String, Long> counters = counters(List.of(all));
        return new CellSums(counters, counters, all.enterprisesServed, all.top);
    }

    private static boolean holdsAll(CellTotals all, Range range) {
        return (range.from() == null || range.from().toString().compareTo(all.firstDay) <= 0)
                && range.to().toString().compareTo(all.lastDay) >= 0;
    }

    /** The ids of the periods {@code tiling} makes of from..to, clipped to the days the cell has facts on. */
    private static List<String> periods(CubeCell cell, LocalDate from, LocalDate to, CellTotals all,
                                        BiFunction<LocalDate, LocalDate, List<String>> tiling) {
        LocalDate first = LocalDate.parse(all.firstDay);
        LocalDate last = LocalDate.parse(all.lastDay);
        LocalDate start = from.isBefore(first) ? first : from;
        LocalDate end = to.isAfter(last) ? last : to;
        return start.isAfter(end) ? List.of()
                : tiling.apply(start, end).stream().map(p -> CellTotals.idOf(cell, p)).toList();
    }

    private Map<String, CellTotals> read(Collection<String> ids) {
        return reads.byIds(CellTotals.COLLECTION, CellTotals.class, ids, doc -> doc.id);
    }

    private static List<CellTotals> existing(List<String> ids, Map<String, CellTotals> found) {
        List<CellTotals> docs = new ArrayList<>();
        ids.forEach(id -> {
            CellTotals doc = found.get(id);
            if (doc != null) {
                docs.add(doc);
            }
        });
        return docs;
    }

    private static Map<String, Long> counters(List<CellTotals> docs) {
        Map<String, Long> sums = new HashMap<>();
        for (CellTotals doc : docs) {
            StoredCounters.forEach(doc.counters, (name, value) -> sums.merge(name, value, Long::sum));
        }
        return sums;
    }

    private static long enterprises(List<CellTotals> docs) {
        Set<String> served = new HashSet<>();
        docs.forEach(doc -> doc.sets.stream().filter(s -> s.key().equals(Counters.ENTERPRISES))
                .forEach(s -> served.addAll(s.values())));
        return served.size();
    }

    private static List<Leaders.Line> leaders(List<CellTotals> docs) {
        Map<String, Set<String>> landed = new HashMap<>();
        Map<String, long[]> credits = new HashMap<>();
        docs.forEach(doc -> doc.leaders.forEach(l -> {
            landed.computeIfAbsent(l.companionId(), id -> new TreeSet<>()).addAll(l.landedProjects());
            long[] sum = credits.computeIfAbsent(l.companionId(), id -> new long[2]);
            sum[0] += l.problemsSolved();
            sum[1] += l.verifiedMilestones();
        }));
        List<Leaders.Line> lines = new ArrayList<>();
        credits.forEach((id, sum) -> lines.add(new Leaders.Line(id, landed.get(id).size(), sum[0], sum[1])));
        return Leaders.top(lines);
    }
}
