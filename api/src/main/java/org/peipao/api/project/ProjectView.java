package org.peipao.api.project;

import org.peipao.api.IndustryDomain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ProjectView(String id,
                          String title,
                          IndustryDomain domain,
                          String source,
                          String origin,
                          String teamLead,
                          String summary,
                          ProjectStage stage,
                          String withdrawalReason,
                          List<Companion> companions,
                          List<Milestone> milestones,
                          List<Landing> landings,
                          List<TimelineEntry> timeline,
                          long version) {

    public record Companion(String companionId, AssignmentRole role, LocalDate since, LocalDate releasedOn,
                            String releaseReason) {
    }

    public record Milestone(String id,
                            MilestoneType type,
                            MilestoneStatus status,
                            LocalDate occurredOn,
                            String summary,
                            String evidenceUrl,
                            BigDecimal amountCny,
                            String currency,
                            String challengeId,
                            ClinicalPhase phase,
                            Integer count,
                            String loggedByCompanionId,
                            String verificationNote,
                            String rejectionReason) {
    }

    public record Landing(String id, String district, String park, LandingForm form, BigDecimal signedAmountCny,
                          LocalDate signedOn) {
    }

    /** One line of the project's history: when it was recorded, by whom, and what happened. */
    public record TimelineEntry(Instant recordedAt, LocalDate date, String event, String description, String actor) {
    }
}
