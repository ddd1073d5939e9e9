package org.peipao.query.project;

import org.peipao.api.IndustryDomain;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.CompanionReleasedEvent;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneRejectedEvent;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.project.ProjectIncubationStartedEvent;
import org.peipao.api.project.ProjectLandedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectWithdrawnEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.peipao.api.IndustryDomain.AI;

/**
 * Project events with the details a test does not care about filled in. Events after registration carry
 * {@link IndustryDomain#AI} and source {@code university}; the projection takes those from registration only.
 */
final class ProjectEvents {

    static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final String SOURCE = "university";

    private ProjectEvents() {
    }

    static ProjectRegisteredEvent registered(String id, String title, IndustryDomain domain, String source,
                                             String teamLead) {
        return new ProjectRegisteredEvent(id, title, domain, source, "Fudan University", teamLead,
                "summary of " + title);
    }

    static CompanionAssignedEvent assigned(String id, String companionId, AssignmentRole role, LocalDate since) {
        return new CompanionAssignedEvent(id, companionId, role, since, AI, SOURCE);
    }

    static ProjectIncubationStartedEvent incubationStarted(String id, LocalDate on) {
        return new ProjectIncubationStartedEvent(id, on, AI, SOURCE);
    }

    static CompanionReleasedEvent released(String id, String companionId, LocalDate on, String reason) {
        return new CompanionReleasedEvent(id, companionId, AssignmentRole.LEAD, on, reason, AI, SOURCE);
    }

    static MilestoneLoggedEvent logged(String id, String milestoneId, MilestoneType type, LocalDate on) {
        return new MilestoneLoggedEvent(id, milestoneId, type, on, type + " on " + on, null, null, null, null, null, null,
                "c-1", AI, SOURCE);
    }

    static MilestoneVerifiedEvent verified(String id, String milestoneId, MilestoneType type, String note) {
        return new MilestoneVerifiedEvent(id, milestoneId, type, MARCH_1, null, null, null, null, note,
                List.of("c-1"), AI, SOURCE);
    }

    static MilestoneRejectedEvent rejected(String id, String milestoneId, MilestoneType type, String reason) {
        return new MilestoneRejectedEvent(id, milestoneId, type, MARCH_1, reason, AI, SOURCE);
    }

    static LandingRecordedEvent landing(String id, String landingId, String district, String amount, LocalDate on) {
        return new LandingRecordedEvent(id, landingId, district, district + " park", LandingForm.NEW_COMPANY,
                new BigDecimal(amount), on, List.of("c-1"), AI, SOURCE);
    }

    static ProjectLandedEvent landed(String id, String district, LocalDate on) {
        return new ProjectLandedEvent(id, on, MARCH_1, district, List.of("c-1"), AI, SOURCE);
    }

    static ProjectWithdrawnEvent withdrawn(String id, ProjectStage previousStage, String reason) {
        return new ProjectWithdrawnEvent(id, previousStage, reason, AI, SOURCE);
    }
}
