package org.peipao.query.companion;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.CompanionReinstatedEvent;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.companion.HonourAwardedEvent;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.CompanionReleasedEvent;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.query.shared.ReadModelCatalog;
import org.peipao.query.shared.Targets;
import org.peipao.query.shared.TrackedDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Builds {@link CompanionDocument}s from companion events and the project events that concern companions. */
@Component
@ProcessingGroup(CompanionProjection.PROCESSING_GROUP)
public class CompanionProjection {

    public static final String PROCESSING_GROUP = "companions";

    private final MongoTemplate mongo;
    private final Targets targets;
    private final ReadModelCatalog catalog;

    @Autowired
    CompanionProjection(MongoTemplate mongo, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.targets = catalog.targets(PROCESSING_GROUP);
        this.catalog = catalog;
    }

    /** A copy that writes where {@code targets} says (a shadow for verification, or an as-of computation). */
    public CompanionProjection(MongoTemplate mongo, Targets targets) {
        this.mongo = mongo;
        this.targets = targets;
        this.catalog = null;
    }

    private TrackedDocuments<CompanionDocument> companions() {
        return new TrackedDocuments<>(mongo, CompanionDocument.class, targets.collection(CompanionDocument.COLLECTION));
    }

    @EventHandler
    void on(CompanionRegisteredEvent event, @SequenceNumber long sequence, TrackingToken token) {
        companions().create(event.companionId(), token, sequence, () -> {
            CompanionDocument companion = new CompanionDocument();
            companion.name = event.name();
            companion.kind = event.kind();
            companion.organisation = event.organisation();
            companion.domains = new ArrayList<>(event.domains());
            companion.email = event.email();
            companion.capacity = event.capacity();
            companion.status = CompanionStatus.ACTIVE;
            return companion;
        });
    }

    @EventHandler
    void on(CompanionProfileUpdatedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        companions().update(event.companionId(), token, sequence, companion -> {
            companion.name = event.name();
            companion.organisation = event.organisation();
            companion.domains = new ArrayList<>(event.domains());
            companion.email = event.email();
            companion.capacity = event.capacity();
        });
    }

    @EventHandler
    void on(HonourAwardedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        companions().update(event.companionId(), token, sequence,
                companion -> companion.honours.add(new CompanionDocument.Honour(event.title(), event.year())));
    }

    @EventHandler
    void on(CompanionSuspendedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        companions().update(event.companionId(), token, sequence, status(CompanionStatus.SUSPENDED, event.reason()));
    }

    @EventHandler
    void on(CompanionReinstatedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        companions().update(event.companionId(), token, sequence, status(CompanionStatus.ACTIVE, null));
    }

    @EventHandler
    void on(CompanionRetiredEvent event, @SequenceNumber long sequence, TrackingToken token) {
        companions().update(event.companionId(), token, sequence, status(CompanionStatus.RETIRED, event.reason()));
    }

    @EventHandler
    void on(CompanionAssignedEvent event, TrackingToken token) {
        companions().touch(event.companionId(), token, companion -> companion.activeAssignments.add(
                new CompanionDocument.Assignment(event.projectId(), event.role(), event.since())));
    }

    @EventHandler
    void on(CompanionReleasedEvent event, TrackingToken token) {
        companions().touch(event.companionId(), token,
                companion -> companion.activeAssignments.removeIf(a -> a.projectId().equals(event.projectId())));
    }

    @EventHandler
    void on(MilestoneVerifiedEvent event, TrackingToken token) {
        credit(event.creditedCompanionIds(), token, companion -> companion.verifiedMilestoneIds.add(event.projectId() + "/" + event.milestoneId()));
    }

    @EventHandler
    void on(LandingRecordedEvent event, TrackingToken token) {
        credit(event.creditedCompanionIds(), token, companion -> companion.landedProjectIds.add(event.projectId()));
    }

    @EventHandler
    void on(ChallengeSolvedEvent event, TrackingToken token) {
        credit(event.creditedCompanionIds(), token, companion -> companion.solvedChallengeIds.add(event.challengeId()));
    }

    /** A replay fills fresh collections while readers keep the current ones (see {@link ReadModelCatalog}). */
    @ResetHandler
    void reset() {
        if (catalog != null) {
            catalog.beginRebuild(PROCESSING_GROUP, List.of(CompanionDocument.COLLECTION));
        } else {
            mongo.dropCollection(targets.collection(CompanionDocument.COLLECTION));
        }
    }

    private void credit(List<String> companionIds, TrackingToken token, Consumer<CompanionDocument> change) {
        TrackedDocuments<CompanionDocument> companions = companions();
        companionIds.forEach(companionId -> companions.touch(companionId, token, change));
    }

    private static Consumer<CompanionDocument> status(CompanionStatus status, String reason) {
        return companion -> {
            companion.status = status;
            companion.statusReason = reason;
        };
    }
}
