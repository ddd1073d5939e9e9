package org.peipao.api.companion;

import org.peipao.api.IndustryDomain;
import org.peipao.api.project.AssignmentRole;

import java.time.LocalDate;
import java.util.List;

public record CompanionView(String id,
                            String name,
                            CompanionKind kind,
                            String organisation,
                            List<IndustryDomain> domains,
                            String email,
                            CompanionStatus status,
                            String statusReason,
                            int capacity,
                            List<ActiveAssignment> activeAssignments,
                            List<Honour> honours,
                            Outcomes outcomes,
                            long version) {

    public record ActiveAssignment(String projectId, AssignmentRole role, LocalDate since) {
    }

    public record Honour(String title, int year) {
    }

    /** Official outcome counts: verified milestones and recorded landings only. */
    public record Outcomes(int landedProjects, int problemsSolved, int verifiedMilestones) {
    }
}
