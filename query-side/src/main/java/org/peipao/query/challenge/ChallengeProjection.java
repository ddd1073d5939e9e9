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
import org.peipao.query.shared.ReadModelCatalog;
import org.peipao.query.shared.Targets;
import org.peipao.query.shared.TrackedDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
@ProcessingGroup(ChallengeProjection.PROCESSING_GROUP)
public class ChallengeProjection {

    public static final String PROCESSING_GROUP = "challenges";

    private final MongoTemplate mongo;
    private final Targets targets;
    private final ReadModelCatalog catalog;

    @Autowired
    ChallengeProjection(MongoTemplate mongo, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.targets = catalog.targets(PROCESSING_GROUP);
        this.catalog = catalog;
    }

    /** A copy that writes where {@code targets} says (a shadow for verification, or an as-of computation). */
    public ChallengeProjection(MongoTemplate mongo, Targets targets) {
        this.mongo = mongo;
        this.targets = targets;
        this.catalog = null;
    }

    private TrackedDocuments<ChallengeDocument> challenges() {
        return new TrackedDocuments<>(mongo, ChallengeDocument.class, targets.collection(ChallengeDocument.COLLECTION));
    }

    @EventHandler
    void on(ChallengePostedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        challenges().create(event.challengeId(), token, sequence, () -> {
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
        challenges().update(event.challengeId(), token, sequence, challenge -> {
            challenge.status = ChallengeStatus.MATCHED;
            challenge.projectId = event.projectId();
            challenge.companionId = event.companionId();
        });
    }

    @EventHandler
    void on(ChallengeSolvedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        challenges().update(event.challengeId(), token, sequence, challenge -> {
            challenge.status = ChallengeStatus.SOLVED;
            challenge.solvedByMilestoneId = event.milestoneId();
            challenge.solvedOn = event.solvedOn();
        });
    }

    @EventHandler
    void on(ChallengeClosedEvent event, @SequenceNumber long sequence, TrackingToken token) {
        challenges().update(event.challengeId(), token, sequence, challenge -> {
            challenge.status = ChallengeStatus.CLOSED;
            challenge.closureReason = event.reason();
        });
    }

    /** A replay fills fresh collections while readers keep the current ones (see {@link ReadModelCatalog}). */
    @ResetHandler
    void reset() {
        if (catalog != null) {
            catalog.beginRebuild(PROCESSING_GROUP, List.of(ChallengeDocument.COLLECTION));
        } else {
            mongo.dropCollection(targets.collection(ChallengeDocument.COLLECTION));
        }
    }
}
