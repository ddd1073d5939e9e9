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

/**
 * A project with every companion it had and its landings, its first {@value ProjectPageDocument#SIZE} milestones and
 * timeline lines ({@link #firstPage}); later ones fill pages of their own ({@link ProjectPageDocument}), so that a
 * project's document grows by a milestone's id per milestone, not by every milestone and line: each of its events
 * reads and rewrites it whole. It names its milestones in the order they were logged (their page is their place in
 * that order) and counts its timeline's lines.
 * <p>
 * Documents of the earlier layout held both lists whole ({@link #milestones}, {@link #timeline}); they are read as
 * before until the upgrade's replay ({@code ReadModelUpgrades}) has rebuilt the projects in this layout.
 */
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
    /** The ids of its milestones, in the order they were logged. */
    public List<String> milestoneIds = new ArrayList<>();
    /** How many of its milestones are verified (for the project list). */
    public int verifiedMilestones;
    public List<Landing> landings = new ArrayList<>();
    /** The number of lines of its timeline. */
    public int timelineLength;
    /** Its first milestones and timeline lines: page 0. */
    public Page firstPage = new Page();
    /** Earlier layout only: the milestones, held inside; {@code null} (not stored) in this layout. */
    public List<Milestone> milestones;
    /** Earlier layout only: the timeline, held inside; {@code null} (not stored) in this layout. */
    public List<TimelineEntry> timeline;

    /** Milestones and timeline lines of one page: up to {@value ProjectPageDocument#SIZE} of each, in order. */
    public static class Page {
        public List<Milestone> milestones = new ArrayList<>();
        public List<TimelineEntry> timeline = new ArrayList<>();
    }

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
