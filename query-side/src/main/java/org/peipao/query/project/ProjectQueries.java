package org.peipao.query.project;

import org.axonframework.queryhandling.QueryHandler;
import org.peipao.api.project.FindProjectQuery;
import org.peipao.api.project.FindProjectsQuery;
import org.peipao.api.project.MilestoneStatus;
import org.peipao.api.project.ProjectPage;
import org.peipao.api.project.ProjectSummary;
import org.peipao.api.project.ProjectView;
import org.peipao.query.shared.MongoCollections;
import org.peipao.query.shared.Paging;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** Answers the project queries from the live projects read model: one project whole, or a page of the list. */
@Component
public class ProjectQueries {

    private final MongoTemplate mongo;
    private final ReadModelCatalog catalog;

    ProjectQueries(MongoTemplate mongo, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.catalog = catalog;
    }

    private String collection() {
        return live(ProjectDocument.COLLECTION);
    }

    private String live(String logical) {
        return catalog.live(ProjectProjection.PROCESSING_GROUP, logical);
    }

    /**
     * The project, its milestones and timeline, as the collections {@code collections} names hold them (the live read
     * model, or a copy for as-of views): its document, which holds its first {@value ProjectPageDocument#SIZE}
     * milestones and lines, and past those one look-up by {@code _id} for its other pages ({@link ProjectPageDocument}).
     */
    public static Optional<ProjectView> find(MongoTemplate mongo, UnaryOperator<String> collections, String id) {
        ProjectDocument project = mongo.findById(id, ProjectDocument.class, collections.apply(ProjectDocument.COLLECTION));
        if (project == null) {
            return Optional.empty();
        }
        List<ProjectDocument.Milestone> milestones = new ArrayList<>(project.firstPage.milestones);
        List<ProjectDocument.TimelineEntry> timeline = new ArrayList<>(project.firstPage.timeline);
        List<String> pageIds = IntStream.range(1, ProjectPageDocument.pagesFor(project.milestoneIds.size(),
                project.timelineLength)).mapToObj(page -> ProjectPageDocument.idOf(id, page)).toList();
        MongoCollections.findByIds(mongo, pageIds, ProjectPageDocument.class,
                        collections.apply(ProjectPageDocument.COLLECTION)).stream()
                .sorted(Comparator.comparingInt(page -> page.page))
                .forEach(page -> {
                    milestones.addAll(page.content.milestones);
                    timeline.addAll(page.content.timeline);
                });
        // as far as the project's document counts: a page written by a batch whose project's write a crash undid
        // holds more (and may show a milestone's verification early) until the batch is delivered again
        return Optional.of(view(project,
                concat(legacy(project.milestones), milestones.subList(0, Math.min(milestones.size(),
                        project.milestoneIds.size()))),
                concat(legacy(project.timeline), timeline.subList(0, Math.min(timeline.size(),
                        project.timelineLength)))));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A list of the earlier layout ({@link ProjectDocument#milestones}), empty when the document has none. */
    private static <T> List<T> legacy(List<T> list) {
        return list == null ? List.of() : list;
    }

    @QueryHandler
    Optional<ProjectView> handle(FindProjectQuery query) {
        return find(mongo, this::live, query.projectId());
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

    private static ProjectView view(ProjectDocument p, List<ProjectDocument.Milestone> milestones,
                                    List<ProjectDocument.TimelineEntry> timeline) {
        return new ProjectView(p.id, p.title, p.domain, p.source, p.origin, p.teamLead, p.summary, p.stage,
                p.withdrawalReason,
                p.companions.stream().map(c -> new ProjectView.Companion(c.companionId, c.role, c.since, c.releasedOn,
                        c.releaseReason)).toList(),
                milestones.stream().map(m -> new ProjectView.Milestone(m.id, m.type, m.status, m.occurredOn,
                        m.summary, m.evidenceUrl, m.amountCny, m.currency, m.challengeId, m.phase, m.count, m.loggedByCompanionId,
                        m.verificationNote, m.rejectionReason)).toList(),
                p.landings.stream().map(l -> new ProjectView.Landing(l.id(), l.district(), l.park(), l.form(),
                        l.signedAmountCny(), l.signedOn())).toList(),
                timeline.stream().map(t -> new ProjectView.TimelineEntry(t.recordedAt(), t.date(), t.event(),
                        t.description(), t.actor())).toList(),
                p.version);
    }

    private static ProjectSummary summary(ProjectDocument p) {
        return new ProjectSummary(p.id, p.title, p.domain, p.source, p.origin, p.teamLead, p.stage,
                (int) p.companions.stream().filter(c -> c.releasedOn == null).count(),
                p.verifiedMilestones
                        + (int) legacy(p.milestones).stream().filter(m -> m.status == MilestoneStatus.VERIFIED).count(),
                p.landings.size(),
                p.landings.stream().map(ProjectDocument.Landing::signedAmountCny).reduce(BigDecimal.ZERO, BigDecimal::add),
                p.version);
    }
}
