package org.peipao.query.challenge;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.text.Texts;
import org.peipao.query.shared.Destination;
import org.peipao.query.shared.EventKeys;
import org.peipao.query.shared.Recorded;
import org.peipao.query.shared.TrackedDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

/** Builds {@link ChallengeDocument}s from the challenge events. */
@ProcessingGroup(ChallengeProjection.PROCESSING_GROUP)
public class ChallengeProjection {

    public static final String PROCESSING_GROUP = "challenges";
    public static final List<String> COLLECTIONS = List.of(ChallengeDocument.COLLECTION);

    /** The challenge an event concerns. */
    private static final EventKeys KEYS = EventKeys.components("challengeId");

    private final MongoTemplate mongo;
    private final Destination destination;

    /** Writes the live read model, or a copy, as {@code destination} says. */
    public ChallengeProjection(MongoTemplate mongo, Destination destination) {
        this.mongo = mongo;
        this.destination = destination;
    }

    private TrackedDocuments<ChallengeDocument> challenges() {
        return new TrackedDocuments<>(mongo, ChallengeDocument.class,
                destination.collection(ChallengeDocument.COLLECTION), KEYS);
    }

    @EventHandler
    void on(ChallengePostedEvent event, Recorded recorded) {
        challenges().create(event.challengeId(), recorded, () -> {
            ChallengeDocument challenge = new ChallengeDocument();
            challenge.enterprise = Texts.label(event.enterprise());
            challenge.enterpriseCode = event.enterpriseCode();
            challenge.domain = event.domain();
            challenge.title = event.title();
            challenge.description = event.description();
            challenge.status = ChallengeStatus.POSTED;
            return challenge;
        });
    }

    @EventHandler
    void on(ChallengeMatchedEvent event, Recorded recorded) {
        challenges().update(event.challengeId(), recorded, challenge -> {
            challenge.status = ChallengeStatus.MATCHED;
            challenge.projectId = event.projectId();
            challenge.companionId = event.companionId();
        });
    }

    @EventHandler
    void on(ChallengeSolvedEvent event, Recorded recorded) {
        challenges().update(event.challengeId(), recorded, challenge -> {
            challenge.status = ChallengeStatus.SOLVED;
            challenge.solvedByMilestoneId = event.milestoneId();
            challenge.solvedOn = event.solvedOn();
        });
    }

    @EventHandler
    void on(ChallengeClosedEvent event, Recorded recorded) {
        challenges().update(event.challengeId(), recorded, challenge -> {
            challenge.status = ChallengeStatus.CLOSED;
            challenge.closureReason = event.reason();
        });
    }

    @ResetHandler
    void reset() {
        destination.reset(COLLECTIONS);
    }
}
