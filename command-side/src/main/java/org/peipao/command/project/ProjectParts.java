package org.peipao.command.project;

import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.MilestoneStatus;

import java.time.LocalDate;

/** The parts of a {@link Project}'s state: its active assignments, milestones and landings. */
final class ProjectParts {

    private ProjectParts() {
    }

    record Assignment(AssignmentRole role, LocalDate since) {
        boolean isLead() {
            return role == AssignmentRole.LEAD;
        }
    }

    record Milestone(MilestoneFacts facts, MilestoneStatus status, String loggedByCompanionId, long loggedAtVersion) {
        Milestone withStatus(MilestoneStatus newStatus) {
            return new Milestone(facts, newStatus, loggedByCompanionId, loggedAtVersion);
        }
    }

    /** {@code recordedAtVersion}: the version its recording answered (a first landing's ends with ProjectLanded). */
    record Landing(LandingFacts facts, long recordedAtVersion) {
    }
}
