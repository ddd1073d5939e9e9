package org.peipao.query.project;

import org.peipao.api.IndustryDomain;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.MilestoneStatus;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.ProjectStage;
import org.peipao.query.shared.TrackedDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A project with every companion it had, its milestones, landings and timeline. */
public class ProjectDocument extends TrackedDocument {

    public static final String COLLECTION = "projects";

    public String title;
    public IndustryDomain domain;
    public String source;
    public String origin;
    public String teamLead;
    public String summary;
    public ProjectStage stage;
    public String withdrawalReason;
    public Instant registeredAt;
    public List<Companion> companions = new ArrayList<>();
    public List<Milestone> milestones = new ArrayList<>();
    public List<Landing> landings = new ArrayList<>();
    public List<TimelineEntry> timeline = new ArrayList<>();

    public static class Companion {
        public String companionId;
        public AssignmentRole role;
        public LocalDate since;
        public LocalDate releasedOn;
        public String releaseReason;
    }

    public static class Milestone {
        public String id;
        public MilestoneType type;
        public MilestoneStatus status;
        public LocalDate occurredOn;
        public String summary;
        public String evidenceUrl;
        public BigDecimal amountCny;
        public String currency;
        public String challengeId;
        public ClinicalPhase phase;
        public Integer count;
        public String loggedByCompanionId;
        public String verificationNote;
        public String rejectionReason;
    }

    public record Landing(String id, String district, String park, LandingForm form, BigDecimal signedAmountCny,
                          LocalDate signedOn) {
    }

    public record TimelineEntry(Instant recordedAt, LocalDate date, String event, String description, String actor) {
    }
}
