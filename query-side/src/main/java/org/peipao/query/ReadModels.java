package org.peipao.query;

import org.peipao.query.challenge.ChallengeProjection;
import org.peipao.query.companion.CompanionProjection;
import org.peipao.query.dashboard.Checkpoints;
import org.peipao.query.dashboard.DashboardProjection;
import org.peipao.query.dashboard.DashboardReads;
import org.peipao.query.project.ProjectDocument;
import org.peipao.query.project.ProjectProjection;
import org.peipao.query.shared.Destination;
import org.peipao.query.verification.VerificationQueueProjection;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Every read model: the processor that builds it, its collections, and its projection for any destination. */
public enum ReadModels {

    COMPANIONS(CompanionProjection.PROCESSING_GROUP, CompanionProjection.COLLECTIONS),
    PROJECTS(ProjectProjection.PROCESSING_GROUP, ProjectProjection.COLLECTIONS),
    CHALLENGES(ChallengeProjection.PROCESSING_GROUP, ChallengeProjection.COLLECTIONS),
    DASHBOARD(DashboardProjection.PROCESSING_GROUP, DashboardProjection.COLLECTIONS),
    VERIFICATION_QUEUE(VerificationQueueProjection.PROCESSING_GROUP, VerificationQueueProjection.COLLECTIONS);

    private final String processor;
    private final List<String> collections;

    ReadModels(String processor, List<String> collections) {
        this.processor = processor;
        this.collections = collections;
    }

    public String processor() {
        return processor;
    }

    public List<String> collections() {
        return collections;
    }

    /**
     * The projection of this read model, writing where {@code destination} says (live, or a copy); a dashboard that
     * starts empty keeps a checkpoint at every {@code checkpointEvery}th global position ({@code
     * peipao.query.checkpoint-every}), one that has checkpoints keeps the interval it stored (a copy compared with the
     * live read model must be given the live one's stored interval).
     */
    public Object projection(MongoTemplate mongo, Clock clock, Destination destination, long checkpointEvery) {
        return switch (this) {
            case COMPANIONS -> new CompanionProjection(mongo, destination);
            case PROJECTS -> new ProjectProjection(mongo, destination);
            case CHALLENGES -> new ChallengeProjection(mongo, destination);
            case DASHBOARD -> new DashboardProjection(mongo, clock, destination,
                    DashboardReads.of(mongo, destination::collection), checkpointEvery);
            case VERIFICATION_QUEUE -> new VerificationQueueProjection(mongo, destination);
        };
    }

    /**
     * Whether the documents in the collections {@code collections} names (live or being written) are of a layout an
     * earlier version wrote: a dashboard of an earlier {@link Checkpoints#LAYOUT}, projects that hold their milestones
     * and timeline whole. Such a read model is replayed ({@code ReadModelUpgrades}) and no peer of a fresh rebuild.
     */
    public boolean ofEarlierLayout(MongoTemplate mongo, UnaryOperator<String> collections) {
        return switch (this) {
            case DASHBOARD -> Checkpoints.ofEarlierLayout(mongo, collections.apply(Checkpoints.MARKS));
            case PROJECTS -> ProjectProjection.ofEarlierLayout(mongo, collections.apply(ProjectDocument.COLLECTION));
            default -> false;
        };
    }

    public static List<String> processors() {
        return Arrays.stream(values()).map(ReadModels::processor).toList();
    }

    /** The read model its processor's name names, if any. */
    public static Optional<ReadModels> ofProcessor(String processor) {
        return Arrays.stream(values()).filter(model -> model.processor.equals(processor)).findFirst();
    }
}
