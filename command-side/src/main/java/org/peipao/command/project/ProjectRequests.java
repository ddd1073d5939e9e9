package org.peipao.command.project;

import org.peipao.api.IndustryDomain;
import org.peipao.api.ValidId;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.MilestoneType;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The JSON bodies of the project writes. Their fields are checked where every sender's are, on the commands they
 * become; only the ids a client may choose are checked here, where they are still called {@code id}.
 */
final class ProjectRequests {

    private ProjectRequests() {
    }

    record Register(@ValidId String id, String title, IndustryDomain domain, String source, String origin,
                    String teamLead, String summary) {
    }

    record Assign(String companionId, AssignmentRole role, LocalDate since) {
    }

    record LogMilestone(@ValidId String id, MilestoneType type, LocalDate occurredOn, String summary,
                        String evidenceUrl, BigDecimal amountCny, String challengeId, ClinicalPhase phase,
                        Integer count) {
    }

    record Note(String note) {
    }

    record Reason(String reason) {
    }

    record RecordLanding(@ValidId String id, String district, String park, LandingForm form,
                         BigDecimal signedAmountCny, LocalDate signedOn) {
    }
}
