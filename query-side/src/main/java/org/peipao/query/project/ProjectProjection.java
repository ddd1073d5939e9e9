package org.peipao.query.project;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.peipao.api.MetaDataKeys;
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
import org.peipao.query.shared.ReadModelCatalog;
import org.peipao.query.shared.Targets;
import org.peipao.query.shared.TrackedDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Builds {@link ProjectDocument}s, timeline included, from the project events. */
@Component
@ProcessingGroup(ProjectProjection.PROCESSING_GROUP)
public class ProjectProjection {

    public static final String PROCESSING_GROUP = "projects";

    private final MongoTemplate mongo;
    private final Targets targets;
    private final ReadModelCatalog catalog;

    @Autowired
    ProjectProjection(MongoTemplate mongo, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.targets = catalog.targets(PROCESSING_GROUP);
        this.catalog = catalog;
    }

    /** A copy that writes where {@code targets} says (a shadow for verification, or an as-of computation). */
    public ProjectProjection(MongoTemplate mongo, Targets targets) {
        this.mongo = mongo;
        this.targets = targets;
        this.catalog = null;
    }

    private TrackedDocuments<ProjectDocument> projects() {
        return new TrackedDocuments<>(mongo, ProjectDocument.class, targets.collection(ProjectDocument.COLLECTION));
    }

    @EventHandler
    void on(ProjectRegisteredEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        projects().create(event.projectId(), token, sequence, () -> {
            ProjectDocument project = new ProjectDocument();
            project.title = event.title();
            project.domain = event.domain();
            project.source = event.source();
            project.origin = event.origin();
            project.teamLead = event.teamLead();
            project.summary = event.summary();
            project.stage = ProjectStage.REGISTERED;
            project.registeredAt = at;
            project.timeline.add(new ProjectDocument.TimelineEntry(at, null, "ProjectRegistered",
                    "registered from " + event.source(), actor));
            return project;
        });
    }

    @EventHandler
    void on(CompanionAssignedEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        update(event.projectId(), sequence, token, at, actor, event.since(), "CompanionAssigned",
                "companion " + event.companionId() + " assigned as " + event.role(), project -> {
                    ProjectDocument.Companion companion = new ProjectDocument.Companion();
                    companion.companionId = event.companionId();
                    companion.role = event.role();
                    companion.since = event.since();
                    project.companions.add(companion);
                });
    }

    @EventHandler
    void on(ProjectIncubationStartedEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        update(event.projectId(), sequence, token, at, actor, event.startedOn(), "IncubationStarted",
                "incubation started", project -> project.stage = ProjectStage.INCUBATING);
    }

    @EventHandler
    void on(CompanionReleasedEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        update(event.projectId(), sequence, token, at, actor, event.releasedOn(), "CompanionReleased",
                "companion " + event.companionId() + " released" + (event.reason() == null ? "" : ": " + event.reason()),
                project -> project.companions.stream()
                        .filter(c -> c.companionId.equals(event.companionId()) && c.releasedOn == null)
                        .forEach(c -> {
                            c.releasedOn = event.releasedOn();
                            c.releaseReason = event.reason();
                        }));
    }

    @EventHandler
    void on(MilestoneLoggedEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        update(event.projectId(), sequence, token, at, actor, event.occurredOn(), "MilestoneLogged",
                event.type() + " logged: " + event.summary(), project -> {
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
                    project.milestones.add(milestone);
                });
    }

    @EventHandler
    void on(MilestoneVerifiedEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        update(event.projectId(), sequence, token, at, actor, null, "MilestoneVerified",
                event.type() + " " + event.milestoneId() + " verified", project -> milestone(project, event.milestoneId(), m -> {
                    m.status = MilestoneStatus.VERIFIED;
                    m.verificationNote = event.note();
                }));
    }

    @EventHandler
    void on(MilestoneRejectedEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        update(event.projectId(), sequence, token, at, actor, null, "MilestoneRejected",
                event.type() + " " + event.milestoneId() + " rejected: " + event.reason(),
                project -> milestone(project, event.milestoneId(), m -> {
                    m.status = MilestoneStatus.REJECTED;
                    m.rejectionReason = event.reason();
                }));
    }

    @EventHandler
    void on(LandingRecordedEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        update(event.projectId(), sequence, token, at, actor, event.signedOn(), "LandingRecorded",
                "signed in " + event.district() + " as " + event.form() + " for " + event.signedAmountCny().toPlainString()
                        + " CNY", project -> project.landings.add(new ProjectDocument.Landing(event.landingId(),
                        event.district(), event.park(), event.form(), event.signedAmountCny(), event.signedOn())));
    }

    @EventHandler
    void on(ProjectLandedEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        update(event.projectId(), sequence, token, at, actor, event.landedOn(), "ProjectLanded",
                "landed in " + event.district(), project -> project.stage = ProjectStage.LANDED);
    }

    @EventHandler
    void on(ProjectWithdrawnEvent event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant at, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        update(event.projectId(), sequence, token, at, actor, null, "ProjectWithdrawn",
                "withdrawn: " + event.reason(), project -> {
                    project.stage = ProjectStage.WITHDRAWN;
                    project.withdrawalReason = event.reason();
                });
    }

    /** A replay fills fresh collections while readers keep the current ones (see {@link ReadModelCatalog}). */
    @ResetHandler
    void reset() {
        if (catalog != null) {
            catalog.beginRebuild(PROCESSING_GROUP, List.of(ProjectDocument.COLLECTION));
        } else {
            mongo.dropCollection(targets.collection(ProjectDocument.COLLECTION));
        }
    }

    private void update(String projectId, long sequence, TrackingToken token, Instant at, String actor,
                        LocalDate date, String event, String description, Consumer<ProjectDocument> change) {
        projects().update(projectId, token, sequence, project -> {
            change.accept(project);
            project.timeline.add(new ProjectDocument.TimelineEntry(at, date, event, description, actor));
        });
    }

    private static void milestone(ProjectDocument project, String milestoneId,
                                  Consumer<ProjectDocument.Milestone> change) {
        project.milestones.stream().filter(m -> m.id.equals(milestoneId)).forEach(change);
    }
}
