package org.peipao.query.companion;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
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
import org.peipao.api.text.Texts;
import org.peipao.query.shared.Destination;
import org.peipao.query.shared.EventKeys;
import org.peipao.query.shared.Recorded;
import org.peipao.query.shared.TrackedDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Builds {@link CompanionDocument}s from companion events and the project events that concern companions. */
@ProcessingGroup(CompanionProjection.PROCESSING_GROUP)
public class CompanionProjection {

    public static final String PROCESSING_GROUP = "companions";
    public static final List<String> COLLECTIONS = List.of(CompanionDocument.COLLECTION);

    /** The companions an event concerns: its own, those it assigns or releases, those it credits. */
    private static final EventKeys KEYS = EventKeys.components("companionId", "creditedCompanionIds");

    private final MongoTemplate mongo;
    private final Destination destination;

    /** Writes the live read model, or a copy, as {@code destination} says. */
    public CompanionProjection(MongoTemplate mongo, Destination destination) {
        this.mongo = mongo;
        this.destination = destination;
    }

    private TrackedDocuments<CompanionDocument> companions() {
        return new TrackedDocuments<>(mongo, CompanionDocument.class,
                destination.collection(CompanionDocument.COLLECTION), KEYS);
    }

    @EventHandler
    void on(CompanionRegisteredEvent event, Recorded recorded) {
        companions().create(event.companionId(), recorded, () -> {
            CompanionDocument companion = new CompanionDocument();
            companion.name = event.name();
            companion.kind = event.kind();
            companion.organisation = Texts.label(event.organisation());
            companion.domains = new ArrayList<>(event.domains());
            companion.email = event.email();
            companion.capacity = event.capacity();
            companion.status = CompanionStatus.ACTIVE;
            return companion;
        });
    }

    @EventHandler
    void on(CompanionProfileUpdatedEvent event, Recorded recorded) {
        companions().update(event.companionId(), recorded, companion -> {
            companion.name = event.name();
            companion.organisation = Texts.label(event.organisation());
            companion.domains = new ArrayList<>(event.domains());
            companion.email = event.email();
            companion.capacity = event.capacity();
        });
    }

    @EventHandler
    void on(HonourAwardedEvent event, Recorded recorded) {
        companions().update(event.companionId(), recorded,
                companion -> companion.honours.add(new CompanionDocument.Honour(event.title(), event.year())));
    }

    @EventHandler
    void on(CompanionSuspendedEvent event, Recorded recorded) {
        companions().update(event.companionId(), recorded, status(CompanionStatus.SUSPENDED, event.reason()));
    }

    @EventHandler
    void on(CompanionReinstatedEvent event, Recorded recorded) {
        companions().update(event.companionId(), recorded, status(CompanionStatus.ACTIVE, null));
    }

    @EventHandler
    void on(CompanionRetiredEvent event, Recorded recorded) {
        companions().update(event.companionId(), recorded, status(CompanionStatus.RETIRED, event.reason()));
    }

    @EventHandler
    void on(CompanionAssignedEvent event, Recorded recorded) {
        companions().touch(event.companionId(), recorded, companion -> companion.activeAssignments.add(
                new CompanionDocument.Assignment(event.projectId(), event.role(), event.since())));
    }

    @EventHandler
    void on(CompanionReleasedEvent event, Recorded recorded) {
        companions().touch(event.companionId(), recorded,
                companion -> companion.activeAssignments.removeIf(a -> a.projectId().equals(event.projectId())));
    }

    @EventHandler
    void on(MilestoneVerifiedEvent event, Recorded recorded) {
        credit(event.creditedCompanionIds(), recorded, companion -> companion.verifiedMilestoneIds.add(event.projectId() + "/" + event.milestoneId()));
    }

    @EventHandler
    void on(LandingRecordedEvent event, Recorded recorded) {
        credit(event.creditedCompanionIds(), recorded, companion -> companion.landedProjectIds.add(event.projectId()));
    }

    @EventHandler
    void on(ChallengeSolvedEvent event, Recorded recorded) {
        credit(event.creditedCompanionIds(), recorded, companion -> companion.solvedChallengeIds.add(event.challengeId()));
    }

    @ResetHandler
    void reset() {
        destination.reset(COLLECTIONS);
    }

    private void credit(List<String> companionIds, Recorded recorded, Consumer<CompanionDocument> change) {
        TrackedDocuments<CompanionDocument> companions = companions();
        companionIds.forEach(companionId -> companions.touch(companionId, recorded, change));
    }

    private static Consumer<CompanionDocument> status(CompanionStatus status, String reason) {
        return companion -> {
            companion.status = status;
            companion.statusReason = reason;
        };
    }
}
