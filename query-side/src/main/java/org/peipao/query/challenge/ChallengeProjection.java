package org.peipao.query.challenge;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.query.shared.TrackedDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ChallengeProjection.PROCESSING_GROUP)
class ChallengeProjection {

    static final String PROCESSING_GROUP = "challenges";

    private final MongoTemplate mongo;
    private final TrackedDocuments<ChallengeDocument> challenges;

    ChallengeProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.challenges = new TrackedDocuments<>(mongo, ChallengeDocument.class, ChallengeDocument.COLLECTION);
    }

    @EventHandler
    void on(ChallengePostedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        challenges.create(event.challengeId(), token, sequence, () -> {
            ChallengeDocument challenge = new ChallengeDocument();
            challenge.enterprise = event.enterprise();
            challenge.enterpriseCode = event.enterpriseCode();
            challenge.domain = event.domain();
            challenge.title = event.title();
            challenge.description = event.description();
            challenge.status = ChallengeStatus.POSTED;
            return challenge;
        });
    }

    @EventHandler
    void on(ChallengeMatchedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        challenges.update(event.challengeId(), token, sequence, challenge -> {
            challenge.status = ChallengeStatus.MATCHED;
            challenge.projectId = event.projectId();
            challenge.companionId = event.companionId();
        });
    }

    @EventHandler
    void on(ChallengeSolvedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        challenges.update(event.challengeId(), token, sequence, challenge -> {
            challenge.status = ChallengeStatus.SOLVED;
            challenge.solvedByMilestoneId = event.milestoneId();
            challenge.solvedOn = event.solvedOn();
        });
    }

    @EventHandler
    void on(ChallengeClosedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        challenges.update(event.challengeId(), token, sequence, challenge -> {
            challenge.status = ChallengeStatus.CLOSED;
            challenge.closureReason = event.reason();
        });
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ChallengeDocument.COLLECTION);
    }
}
