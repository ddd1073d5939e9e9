package org.peipao.query.project;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.CompanionReleasedEvent;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneRejectedEvent;
import org.peipao.api.project.MilestoneStatus;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.project.ProjectIncubationStartedEvent;
import org.peipao.api.project.ProjectLandedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectWithdrawnEvent;
import org.peipao.api.text.Texts;
import org.peipao.query.shared.Destination;
import org.peipao.query.shared.EventKeys;
import org.peipao.query.shared.Recorded;
import org.peipao.query.shared.TrackedDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Builds {@link ProjectDocument}s and their {@link ProjectPageDocument}s (milestones and timeline) from the project
 * events. Every change of a project also adds a line to its timeline: what happened, on which business date, recorded
 * when and by whom.
 * <p>
 * A project's document is written after its pages in each batch ({@link TrackedDocuments#writtenAfterOthers}): it
 * says which page holds which milestone and line, so a crash between the writes leaves it behind, and the redelivered
 * events apply to it again while the pages, which remember the last event they applied, skip what they hold.
 */
@ProcessingGroup(ProjectProjection.PROCESSING_GROUP)
public class ProjectProjection {

    public static final String PROCESSING_GROUP = "projects";
    public static final List<String> COLLECTIONS = List.of(ProjectDocument.COLLECTION, ProjectPageDocument.COLLECTION);

    /** The project an event concerns. */
    private static final EventKeys KEYS = EventKeys.components("projectId");

    private final MongoTemplate mongo;
    private final Destination destination;

    /** Writes the live read model, or a copy, as {@code destination} says. */
    public ProjectProjection(MongoTemplate mongo, Destination destination) {
        this.mongo = mongo;
        this.destination = destination;
    }

    private TrackedDocuments<ProjectDocument> projects() {
        return new TrackedDocuments<>(mongo, ProjectDocument.class, destination.collection(ProjectDocument.COLLECTION),
                KEYS).writtenAfterOthers();
    }

    private TrackedDocuments<ProjectPageDocument> pages() {
        return new TrackedDocuments<>(mongo, ProjectPageDocument.class,
                destination.collection(ProjectPageDocument.COLLECTION));
    }

    /**
     * Whether the projects in {@code collection} are of the earlier layout, which held milestones and timeline inside
     * each project's document: its first document is (a replay rebuilds all of them at once).
     */
    public static boolean ofEarlierLayout(MongoTemplate mongo, String collection) {
        Document first = mongo.findOne(new Query().limit(1), Document.class, collection);
        return first != null && first.containsKey("timeline");
    }

    @EventHandler
    void on(ProjectRegisteredEvent event, Recorded recorded) {
        projects().create(event.projectId(), recorded, () -> {
            ProjectDocument project = new ProjectDocument();
            project.id = event.projectId();
            project.title = event.title();
            project.domain = event.domain();
            project.source = Texts.label(event.source());
            project.origin = event.origin();
            project.teamLead = event.teamLead();
            project.summary = event.summary();
            project.stage = ProjectStage.REGISTERED;
            project.registeredAt = recorded.at();
            new PageEdits(project).line(entry(recorded, null, "ProjectRegistered", "registered from " + event.source()))
                    .apply(pages(), recorded);
            return project;
        });
    }

    @EventHandler
    void on(CompanionAssignedEvent event, Recorded recorded) {
        update(event.projectId(), recorded, entry(recorded, event.since(), "CompanionAssigned",
                "companion " + event.companionId() + " assigned as " + event.role()), project -> {
            ProjectDocument.Companion companion = new ProjectDocument.Companion();
            companion.companionId = event.companionId();
            companion.role = event.role();
            companion.since = event.since();
            project.companions.add(companion);
        });
    }

    @EventHandler
    void on(ProjectIncubationStartedEvent event, Recorded recorded) {
        update(event.projectId(), recorded, entry(recorded, event.startedOn(), "IncubationStarted", "incubation started"),
                project -> project.stage = ProjectStage.INCUBATING);
    }

    @EventHandler
    void on(CompanionReleasedEvent event, Recorded recorded) {
        update(event.projectId(), recorded, entry(recorded, event.releasedOn(), "CompanionReleased",
                "companion " + event.companionId() + " released" + (event.reason() == null ? "" : ": " + event.reason())),
                project -> project.companions.stream()
                        .filter(c -> c.companionId.equals(event.companionId()) && c.releasedOn == null)
                        .forEach(c -> {
                            c.releasedOn = event.releasedOn();
                            c.releaseReason = event.reason();
                        }));
    }

    @EventHandler
    void on(MilestoneLoggedEvent event, Recorded recorded) {
        ProjectDocument.Milestone milestone = new ProjectDocument.Milestone();
        milestone.id = event.milestoneId();
        milestone.type = event.type();
        milestone.status = MilestoneStatus.LOGGED;
        milestone.occurredOn = event.occurredOn();
        milestone.summary = event.summary();
        milestone.evidenceUrl = event.evidenceUrl();
        milestone.amountCny = event.amountCny();
        milestone.currency = event.currency();
        milestone.challengeId = event.challengeId();
        milestone.phase = event.phase();
        milestone.count = event.count();
        milestone.loggedByCompanionId = event.loggedByCompanionId();
        update(event.projectId(), recorded, entry(recorded, event.occurredOn(), "MilestoneLogged",
                event.type() + " logged: " + event.summary()), (project, pages) -> pages.add(milestone));
    }

    @EventHandler
    void on(MilestoneVerifiedEvent event, Recorded recorded) {
        update(event.projectId(), recorded, entry(recorded, null, "MilestoneVerified",
                event.type() + " " + event.milestoneId() + " verified"), (project, pages) -> {
            boolean paged = pages.change(event.milestoneId(), m -> {
                m.status = MilestoneStatus.VERIFIED;
                m.verificationNote = event.note();
            });
            if (paged) {
                project.verifiedMilestones++;
            }
        });
    }

    @EventHandler
    void on(MilestoneRejectedEvent event, Recorded recorded) {
        update(event.projectId(), recorded, entry(recorded, null, "MilestoneRejected",
                event.type() + " " + event.milestoneId() + " rejected: " + event.reason()),
                (project, pages) -> pages.change(event.milestoneId(), m -> {
                    m.status = MilestoneStatus.REJECTED;
                    m.rejectionReason = event.reason();
                }));
    }

    @EventHandler
    void on(LandingRecordedEvent event, Recorded recorded) {
        update(event.projectId(), recorded, entry(recorded, event.signedOn(), "LandingRecorded",
                "signed in " + event.district() + " as " + event.form() + " for "
                        + event.signedAmountCny().toPlainString() + " CNY"),
                project -> project.landings.add(new ProjectDocument.Landing(event.landingId(),
                        Texts.label(event.district()), Texts.label(event.park()), event.form(), event.signedAmountCny(),
                        event.signedOn())));
    }

    @EventHandler
    void on(ProjectLandedEvent event, Recorded recorded) {
        update(event.projectId(), recorded, entry(recorded, event.landedOn(), "ProjectLanded", "landed in " + event.district()),
                project -> project.stage = ProjectStage.LANDED);
    }

    @EventHandler
    void on(ProjectWithdrawnEvent event, Recorded recorded) {
        update(event.projectId(), recorded, entry(recorded, null, "ProjectWithdrawn", "withdrawn: " + event.reason()),
                project -> {
                    project.stage = ProjectStage.WITHDRAWN;
                    project.withdrawalReason = event.reason();
                });
    }

    @ResetHandler
    void reset() {
        destination.reset(COLLECTIONS);
    }

    /** Applies {@code change} to the project and adds {@code line} to its timeline. */
    private void update(String projectId, Recorded recorded, ProjectDocument.TimelineEntry line,
                        Consumer<ProjectDocument> change) {
        update(projectId, recorded, line, (project, pages) -> change.accept(project));
    }

    /** Applies {@code change} to the project and its pages, and adds {@code line} to its timeline. */
    private void update(String projectId, Recorded recorded, ProjectDocument.TimelineEntry line,
                        BiConsumer<ProjectDocument, PageEdits> change) {
        projects().update(projectId, recorded, project -> {
            PageEdits pages = new PageEdits(project);
            change.accept(project, pages);
            pages.line(line).apply(pages(), recorded);
        });
    }

    private static ProjectDocument.TimelineEntry entry(Recorded recorded, LocalDate date, String event,
                                                       String description) {
        return new ProjectDocument.TimelineEntry(recorded.at(), date, event, description, recorded.actor());
    }
}
