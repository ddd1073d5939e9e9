package org.peipao.query.dashboard;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A companion's line in a period, while a batch changes it. */
final class LeaderSum {
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
