package org.peipao.query;

import org.peipao.query.challenge.ChallengeDocument;
import org.peipao.query.challenge.ChallengeProjection;
import org.peipao.query.companion.CompanionDocument;
import org.peipao.query.companion.CompanionProjection;
import org.peipao.query.dashboard.DashboardProjection;
import org.peipao.query.project.ProjectDocument;
import org.peipao.query.project.ProjectProjection;
import org.peipao.query.shared.Targets;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.List;

/** Every read model: the processor that builds it, its collections, and how to build a copy elsewhere. */
public enum ReadModels {

    COMPANIONS(CompanionProjection.PROCESSING_GROUP, List.of(CompanionDocument.COLLECTION)),
    PROJECTS(ProjectProjection.PROCESSING_GROUP, List.of(ProjectDocument.COLLECTION)),
    CHALLENGES(ChallengeProjection.PROCESSING_GROUP, List.of(ChallengeDocument.COLLECTION)),
    DASHBOARD(DashboardProjection.PROCESSING_GROUP, DashboardProjection.COLLECTIONS);

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

    /** A projection of this read model writing where {@code targets} says. */
    public Object projection(MongoTemplate mongo, Clock clock, Targets targets) {
        return switch (this) {
            case COMPANIONS -> new CompanionProjection(mongo, targets);
            case PROJECTS -> new ProjectProjection(mongo, targets);
            case CHALLENGES -> new ChallengeProjection(mongo, targets);
            case DASHBOARD -> new DashboardProjection(mongo, clock, targets);
        };
    }

    public static List<String> processors() {
        return java.util.Arrays.stream(values()).map(ReadModels::processor).toList();
    }
}
