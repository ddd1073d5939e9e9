package org.peipao.query.dashboard;

import java.util.Map;
import java.util.Set;

/** What one fact adds to one cube cell: counter deltas, set members and leaderboard credits. */
record CellChange(Map<String, Long> counts, Map<String, Set<String>> members,
                  Map<String, LeaderCredit> leaders) {

    /** A credited companion's share of the fact: the project that landed (if any), challenges solved, milestones verified. */
    record LeaderCredit(Set<String> landedProjects, long problemsSolved, long verifiedMilestones) {
    }

    /** The enterprises the fact served (a solved challenge's enterprise), if any. */
    Set<String> enterprises() {
        return members.getOrDefault(Counters.ENTERPRISES, Set.of());
    }
}
