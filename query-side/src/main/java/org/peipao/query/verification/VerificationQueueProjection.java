package org.peipao.query.verification;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneRejectedEvent;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.text.Texts;
import org.peipao.query.shared.Destination;
import org.peipao.query.shared.Recorded;
import org.peipao.query.shared.TrackedDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

/**
 * Keeps the verification queue: a document for each logged milestone, removed once it is verified or rejected, so
 * that the queue holds only what waits. Events arrive in the order of the log (also when redelivered after a crash),
 * so a milestone's logging is never applied after its verification.
 */
@ProcessingGroup(VerificationQueueProjection.PROCESSING_GROUP)
public class VerificationQueueProjection {

    public static final String PROCESSING_GROUP = "verification-queue";
    public static final List<String> COLLECTIONS = List.of(PendingMilestoneDocument.COLLECTION,
            QueuedProjectDocument.COLLECTION);

    private final MongoTemplate mongo;
    private final Destination destination;

    /** Writes the live read model, or a copy, as {@code destination} says. */
    public VerificationQueueProjection(MongoTemplate mongo, Destination destination) {
        this.mongo = mongo;
        this.destination = destination;
    }

    @EventHandler
    void on(ProjectRegisteredEvent event, Recorded recorded) {
        new TrackedDocuments<>(mongo, QueuedProjectDocument.class, destination.collection(QueuedProjectDocument.COLLECTION))
                .create(event.projectId(), recorded, () -> {
                    QueuedProjectDocument project = new QueuedProjectDocument();
                    project.title = Texts.tidy(event.title());
                    return project;
                });
    }

    @EventHandler
    void on(MilestoneLoggedEvent event, Recorded recorded) {
        pending().create(PendingMilestoneDocument.idOf(event.projectId(), event.milestoneId()), recorded, () -> {
            PendingMilestoneDocument milestone = new PendingMilestoneDocument();
            milestone.projectId = event.projectId();
            milestone.milestoneId = event.milestoneId();
            milestone.type = event.type();
            milestone.occurredOn = event.occurredOn();
            milestone.summary = event.summary();
            milestone.evidenceUrl = event.evidenceUrl();
            milestone.amountCny = event.amountCny();
            milestone.challengeId = event.challengeId();
            milestone.phase = event.phase();
            milestone.count = event.count();
            milestone.loggedByCompanionId = event.loggedByCompanionId();
            milestone.loggedAt = recorded.at();
            return milestone;
        });
    }

    @EventHandler
    void on(MilestoneVerifiedEvent event) {
        settled(event.projectId(), event.milestoneId());
    }

    @EventHandler
    void on(MilestoneRejectedEvent event) {
        settled(event.projectId(), event.milestoneId());
    }

    @ResetHandler
    void reset() {
        destination.reset(COLLECTIONS);
    }

    private TrackedDocuments<PendingMilestoneDocument> pending() {
        return new TrackedDocuments<>(mongo, PendingMilestoneDocument.class,
                destination.collection(PendingMilestoneDocument.COLLECTION));
    }

    /** A verified or rejected milestone leaves the queue. */
    private void settled(String projectId, String milestoneId) {
        pending().remove(PendingMilestoneDocument.idOf(projectId, milestoneId));
    }
}
