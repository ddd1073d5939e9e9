package org.peipao.query.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The leaderboard's order and its top: most projects landed, then most challenges solved, then most milestones
 * verified, then by companion id. A companion's credits only ever grow, so the top {@value #TOP} kept at each change
 * stays exact: a companion outside it can only enter it by a change of its own.
 */
final class Leaders {

    /** Lines the dashboard shows. */
    static final int TOP = 10;

    /** One companion's credits: counts of projects landed, challenges solved and milestones verified. */
    public record Line(String companionId, long landedProjects, long problemsSolved, long verifiedMilestones) {
    }

    static final Comparator<Line> ORDER = Comparator.comparingLong(Line::landedProjects).reversed()
            .thenComparing(Comparator.comparingLong(Line::problemsSolved).reversed())
            .thenComparing(Comparator.comparingLong(Line::verifiedMilestones).reversed())
            .thenComparing(Line::companionId);

    private Leaders() {
    }

    /** The top after {@code line} replaced its companion's earlier line (if any). */
    static List<Line> withLine(List<Line> top, Line line) {
        List<Line> lines = new ArrayList<>(top.size() + 1);
        top.stream().filter(l -> !l.companionId().equals(line.companionId())).forEach(lines::add);
        lines.add(line);
        lines.sort(ORDER);
        return new ArrayList<>(lines.subList(0, Math.min(TOP, lines.size())));
    }

    /** The best {@value #TOP} of {@code lines}. */
    static List<Line> top(List<Line> lines) {
        return lines.stream().sorted(ORDER).limit(TOP).toList();
    }
}
