package org.peipao.query.dashboard;

import org.peipao.api.text.Texts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import static org.peipao.query.dashboard.Counters.*;
/**
 * What one event adds to the dashboard on one day, under the dimension values it is counted by. A dimension
 * left {@code null} does not filter this fact (it is counted under "any" only).
 */
final class Fact {

    final LocalDate day;
    private String domain;
    private String source;
    private String district;
    private final Map<String, String> credited = new LinkedHashMap<>();
    private final Set<String> kinds = new LinkedHashSet<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final Map<String, CellChange.LeaderCredit> leaders = new LinkedHashMap<>();

    private Fact(LocalDate day) {
        this.day = day;
    }

    static Fact on(LocalDate day) {
        return new Fact(day);
    }

    /** A companion moved from status {@code from} to {@code to} on {@code day}: the standing counts move with it. */
    static Fact companionMoved(LocalDate day, String kind, String from, String to) {
        return Fact.on(day).kind(kind).count(companions(from), -1).count(companionsByKind(kind, from), -1)
                .count(companions(to), 1).count(companionsByKind(kind, to), 1);
    }

    /** A project moved from stage {@code from} to {@code to} on {@code day}. */
    static Fact projectMoved(LocalDate day, String domain, String source, String from, String to) {
        return Fact.on(day).domain(domain).source(source)
                .count(projectStage(from), -1).count(projectStageDomain(from, domain), -1)
                .count(projectStage(to), 1).count(projectStageDomain(to, domain), 1);
    }

    /** A challenge moved from status {@code from} to {@code to} on {@code day}. */
    static Fact challengeMoved(LocalDate day, String domain, String from, String to) {
        return Fact.on(day).domain(domain).count(challengeStatus(from), -1).count(challengeStatus(to), 1);
    }

    Fact domain(Object value) {
        domain = value == null ? null : value.toString();
        return this;
    }

    /** The project's source, a label compared in its normal form (events stored before labels were normalised too). */
    Fact source(String value) {
        source = Texts.label(value);
        return this;
    }

    /** The landing's district, a label compared in its normal form. */
    Fact district(String value) {
        district = Texts.label(value);
        return this;
    }

    Fact kind(Object value) {
        if (value != null) {
            kinds.add(value.toString());
        }
        return this;
    }

    /** Credits companions (id → kind): the fact counts under each of their kinds. */
    Fact credit(Map<String, String> companionKinds) {
        credited.putAll(companionKinds);
        companionKinds.values().forEach(this::kind);
        return this;
    }

    Fact count(String counter, long delta) {
        counts.merge(counter, delta, Long::sum);
        return this;
    }

    Fact member(String set, String value) {
        members.computeIfAbsent(set, k -> new LinkedHashSet<>()).add(value);
        return this;
    }

    /** Adds to every credited companion's line of the leaderboard. */
    Fact leaders(String landedProject, long problemsSolved, long verifiedMilestones) {
        credited.keySet().forEach(id -> leaders.put(id,
                new CellChange.LeaderCredit(landedProject == null ? Set.of() : Set.of(landedProject), problemsSolved,
                        verifiedMilestones)));
        return this;
    }

    /** The change to each cube cell this fact belongs to, keyed by cell. */
    Map<CubeCell, CellChange> cellChanges() {
        Map<CubeCell, CellChange> changes = new HashMap<>();
        List<CubeCell> cells = CubeCell.cellsOf(domain, source, district, kinds);
        for (CubeCell cell : cells) {
            Map<String, CellChange.LeaderCredit> cellLeaders = new LinkedHashMap<>();
            leaders.forEach((id, credit) -> {
                if (cell.kind().equals(CubeCell.ANY) || cell.kind().equals(credited.get(id))) {
                    cellLeaders.put(id, credit);
                }
            });
            changes.put(cell, new CellChange(counts, members, cellLeaders));
        }
        return changes;
    }
}
