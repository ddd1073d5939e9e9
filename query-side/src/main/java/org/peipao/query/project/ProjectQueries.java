package org.peipao.query.project;

import org.axonframework.queryhandling.QueryHandler;
import org.peipao.api.project.FindProjectQuery;
import org.peipao.api.project.FindProjectsQuery;
import org.peipao.api.project.MilestoneStatus;
import org.peipao.api.project.ProjectPage;
import org.peipao.api.project.ProjectSummary;
import org.peipao.api.project.ProjectView;
import org.peipao.query.shared.Paging;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
public class ProjectQueries {

    private final MongoTemplate mongo;
    private final ReadModelCatalog catalog;

    ProjectQueries(MongoTemplate mongo, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.catalog = catalog;
    }

    private String collection() {
        return catalog.live(ProjectProjection.PROCESSING_GROUP, ProjectDocument.COLLECTION);
    }

    /** The project as a copy in {@code collection} holds it (for as-of views). */
    public static Optional<ProjectView> find(MongoTemplate mongo, String collection, String id) {
        return Optional.ofNullable(mongo.findById(id, ProjectDocument.class, collection)).map(ProjectQueries::view);
    }

    @QueryHandler
    Optional<ProjectView> handle(FindProjectQuery query) {
        return find(mongo, collection(), query.projectId());
    }

    @QueryHandler
    ProjectPage handle(FindProjectsQuery query) {
        List<Criteria> filters = new ArrayList<>();
        if (query.stage() != null) {
            filters.add(Criteria.where("stage").is(query.stage().name()));
        }
        if (query.domain() != null) {
            filters.add(Criteria.where("domain").is(query.domain().name()));
        }
        if (query.district() != null) {
            filters.add(Criteria.where("landings.district").is(query.district()));
        }
        if (query.companionId() != null) {
            filters.add(Criteria.where("companions.companionId").is(query.companionId()));
        }
        if (query.source() != null) {
            filters.add(Criteria.where("source").is(query.source()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip();
            filters.add(new Criteria().orOperator(Paging.contains("title", text), Paging.contains("teamLead", text)));
        }
        Paging.Page<ProjectSummary> page = Paging.page(mongo, ProjectDocument.class, collection(),
                filters, Sort.by("title", "_id"), query.page(), query.size(), ProjectQueries::summary);
        return new ProjectPage(page.items(), query.page(), query.size(), page.total());
    }

    private static ProjectView view(ProjectDocument p) {
        return new ProjectView(p.id, p.title, p.domain, p.source, p.origin, p.teamLead, p.summary, p.stage,
                p.withdrawalReason,
                p.companions.stream().map(c -> new ProjectView.Companion(c.companionId, c.role, c.since, c.releasedOn,
                        c.releaseReason)).toList(),
                p.milestones.stream().map(m -> new ProjectView.Milestone(m.id, m.type, m.status, m.occurredOn,
                        m.summary, m.evidenceUrl, m.amountCny, m.currency, m.challengeId, m.phase, m.count, m.loggedByCompanionId,
                        m.verificationNote, m.rejectionReason)).toList(),
                p.landings.stream().map(l -> new ProjectView.Landing(l.id(), l.district(), l.park(), l.form(),
                        l.signedAmountCny(), l.signedOn())).toList(),
                p.timeline.stream().map(t -> new ProjectView.TimelineEntry(t.recordedAt(), t.date(), t.event(),
                        t.description(), t.actor())).toList(),
                p.version);
    }

    private static ProjectSummary summary(ProjectDocument p) {
        return new ProjectSummary(p.id, p.title, p.domain, p.source, p.origin, p.teamLead, p.stage,
                (int) p.companions.stream().filter(c -> c.releasedOn == null).count(),
                (int) p.milestones.stream().filter(m -> m.status == MilestoneStatus.VERIFIED).count(),
                p.landings.size(),
                p.landings.stream().map(ProjectDocument.Landing::signedAmountCny).reduce(BigDecimal.ZERO, BigDecimal::add),
                p.version);
    }
}
