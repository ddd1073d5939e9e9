package org.peipao.query.dashboard;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One cube cell summed over days: {@code flows} over the days from {@code from} to {@code to} (what happened
 * in the period) and {@code stocks} over every day up to {@code to} (what stood at its end).
 */
record CellSums(Map<String, Long> flows, Map<String, Long> stocks, Set<String> enterprises,
                Map<String, LeaderSum> leaders, TreeMap<String, Map<String, Long>> byDay) {

    static final class LeaderSum {
        final Set<String> landedProjects = new HashSet<>();
        long problemsSolved;
        long verifiedMilestones;
    }

    static CellSums of(MongoTemplate mongo, String collection, CubeCell cell, LocalDate from, LocalDate to) {
        Query query = new Query(Criteria.where("domain").is(cell.domain()).and("source").is(cell.source())
                .and("district").is(cell.district()).and("kind").is(cell.kind()).and("day").lte(to.toString()));
        List<DayCell> days = mongo.find(query, DayCell.class, collection);
        String first = from == null ? "" : from.toString();
        Map<String, Long> flows = new HashMap<>();
        Map<String, Long> stocks = new HashMap<>();
        Set<String> enterprises = new HashSet<>();
        Map<String, LeaderSum> leaders = new HashMap<>();
        TreeMap<String, Map<String, Long>> byDay = new TreeMap<>();
        for (DayCell day : days) {
            boolean inPeriod = day.day.compareTo(first) >= 0;
            Map<String, Long> ofDay = byDay.computeIfAbsent(day.day, d -> new HashMap<>());
            for (DayCell.Count count : day.counters) {
                stocks.merge(count.key(), count.value(), Long::sum);
                ofDay.merge(count.key(), count.value(), Long::sum);
                if (inPeriod) {
                    flows.merge(count.key(), count.value(), Long::sum);
                }
            }
            if (!inPeriod) {
                continue;
            }
            day.sets.stream().filter(s -> s.key().equals(Counters.ENTERPRISES))
                    .forEach(s -> enterprises.addAll(s.values()));
            for (DayCell.Leader leader : day.leaders) {
                LeaderSum sum = leaders.computeIfAbsent(leader.companionId(), id -> new LeaderSum());
                sum.landedProjects.addAll(leader.landedProjects());
                sum.problemsSolved += leader.problemsSolved();
                sum.verifiedMilestones += leader.verifiedMilestones();
            }
        }
        return new CellSums(flows, stocks, enterprises, leaders, byDay);
    }

    long flow(String key) {
        return flows.getOrDefault(key, 0L);
    }

    long stock(String key) {
        return stocks.getOrDefault(key, 0L);
    }

    /** The flows whose key starts with {@code prefix}, keyed by the rest of the key. */
    Map<String, Long> flowsBy(String prefix) {
        return byPrefix(flows, prefix);
    }

    Map<String, Long> stocksBy(String prefix) {
        return byPrefix(stocks, prefix);
    }

    private static Map<String, Long> byPrefix(Map<String, Long> values, String prefix) {
        Map<String, Long> found = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix) && value != 0) {
                found.put(key.substring(prefix.length()), value);
            }
        });
        return found;
    }
}
