package org.peipao.query.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Additions to one {@link DayCell}: counter deltas, set members and leaderboard credits. */
record CellChange(Map<String, Long> counts, Map<String, Set<String>> members,
                  Map<String, LeaderCredit> leaders) {

    record LeaderCredit(Set<String> landedProjects, long problemsSolved, long verifiedMilestones) {
    }

    void applyTo(DayCell cell) {
        Map<String, Long> counters = new LinkedHashMap<>();
        cell.counters.forEach(c -> counters.put(c.key(), c.value()));
        counts.forEach((key, delta) -> counters.merge(key, delta, Long::sum));
        cell.counters = new ArrayList<>(counters.entrySet().stream()
                .map(e -> new DayCell.Count(e.getKey(), e.getValue())).toList());

        Map<String, Set<String>> sets = new LinkedHashMap<>();
        cell.sets.forEach(s -> sets.put(s.key(), new LinkedHashSet<>(s.values())));
        members.forEach((key, values) -> sets.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(values));
        cell.sets = new ArrayList<>(sets.entrySet().stream()
                .map(e -> new DayCell.Members(e.getKey(), List.copyOf(e.getValue()))).toList());

        Map<String, DayCell.Leader> byCompanion = new LinkedHashMap<>();
        cell.leaders.forEach(l -> byCompanion.put(l.companionId(), l));
        leaders.forEach((id, credit) -> byCompanion.merge(id,
                new DayCell.Leader(id, List.copyOf(credit.landedProjects()), credit.problemsSolved(),
                        credit.verifiedMilestones()),
                (old, added) -> {
                    Set<String> landed = new HashSet<>(old.landedProjects());
                    landed.addAll(added.landedProjects());
                    return new DayCell.Leader(id, landed.stream().sorted().toList(),
                            old.problemsSolved() + added.problemsSolved(),
                            old.verifiedMilestones() + added.verifiedMilestones());
                }));
        cell.leaders = new ArrayList<>(byCompanion.values());
    }
}
