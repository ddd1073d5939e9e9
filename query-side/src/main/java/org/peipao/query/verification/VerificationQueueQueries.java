package org.peipao.query.verification;

import org.axonframework.queryhandling.QueryHandler;
import org.peipao.api.project.FindPendingMilestonesQuery;
import org.peipao.api.project.MilestoneStatus;
import org.peipao.api.project.PendingMilestone;
import org.peipao.api.project.PendingMilestonePage;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.peipao.query.shared.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers the verification queue, the longest waiting first. */
@Component
class VerificationQueueQueries {

    private final MongoTemplate mongo;
    private final ReadModelCatalog catalog;

    VerificationQueueQueries(MongoTemplate mongo, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.catalog = catalog;
    }

    @QueryHandler
    PendingMilestonePage handle(FindPendingMilestonesQuery query) {
        String queue = catalog.live(VerificationQueueProjection.PROCESSING_GROUP, PendingMilestoneDocument.COLLECTION);
        Paging.Page<PendingMilestoneDocument> page = Paging.page(mongo, PendingMilestoneDocument.class, queue, List.of(),
                Sort.by("loggedAt", "_id"), query.page(), query.size(), document -> document);
        Map<String, String> titles = titles(page.items());
        return new PendingMilestonePage(page.items().stream().map(m -> new PendingMilestone(m.projectId,
                titles.get(m.projectId), m.milestoneId, m.type, MilestoneStatus.LOGGED, m.occurredOn, m.summary,
                m.evidenceUrl, m.amountCny, m.challengeId, m.phase, m.count, m.loggedByCompanionId, m.loggedAt))
                .toList(), query.page(), query.size(), page.total());
    }

    /** The titles of the page's projects, each looked up by its id. */
    private Map<String, String> titles(List<PendingMilestoneDocument> milestones) {
        String projects = catalog.live(VerificationQueueProjection.PROCESSING_GROUP, QueuedProjectDocument.COLLECTION);
        Map<String, String> titles = new HashMap<>();
        for (PendingMilestoneDocument milestone : milestones) {
            titles.computeIfAbsent(milestone.projectId, id -> {
                QueuedProjectDocument project = mongo.findById(id, QueuedProjectDocument.class, projects);
                return project == null ? null : project.title;
            });
        }
        return titles;
    }
}
