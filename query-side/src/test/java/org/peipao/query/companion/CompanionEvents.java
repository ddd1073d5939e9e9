package org.peipao.query.companion;

import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.CompanionReleasedEvent;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.peipao.api.IndustryDomain.AI;

/** Events as the companion read model receives them, with the details a test does not care about filled in. */
final class CompanionEvents {

    static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

    private CompanionEvents() {
    }

    static CompanionRegisteredEvent registered(String id, String name, CompanionKind kind, String organisation,
                                               int capacity, IndustryDomain... domains) {
        return new CompanionRegisteredEvent(id, name, kind, organisation, List.of(domains), id + "@example.org",
                capacity);
    }

    static CompanionAssignedEvent assigned(String projectId, String companionId, AssignmentRole role) {
        return new CompanionAssignedEvent(projectId, companionId, role, MARCH_1, AI, "university");
    }

    static CompanionReleasedEvent released(String projectId, String companionId) {
        return new CompanionReleasedEvent(projectId, companionId, AssignmentRole.LEAD, MARCH_1.plusMonths(1),
                "handed over", AI, "university");
    }

    static LandingRecordedEvent landing(String projectId, String landingId, List<String> credited) {
        return new LandingRecordedEvent(projectId, landingId, "Pudong", "Zhangjiang", LandingForm.NEW_COMPANY,
                new BigDecimal("1000000.00"), MARCH_1, credited, AI, "university");
    }

    static MilestoneVerifiedEvent verified(String projectId, String milestoneId, List<String> credited) {
        return new MilestoneVerifiedEvent(projectId, milestoneId, MilestoneType.PATENT_GRANTED, MARCH_1, null, null,
                null, null, "checked", credited, AI, "university");
    }

    static ChallengeSolvedEvent solved(String challengeId, List<String> credited) {
        return new ChallengeSolvedEvent(challengeId, "p-1", "m-1", MARCH_1, "SAIC", "91310000X", AI, credited, AI,
                "university");
    }
}
