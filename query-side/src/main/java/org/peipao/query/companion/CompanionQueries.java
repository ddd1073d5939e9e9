package org.peipao.query.companion;

import org.axonframework.queryhandling.QueryHandler;
import org.peipao.api.companion.CompanionPage;
import org.peipao.api.companion.CompanionSummary;
import org.peipao.api.companion.CompanionView;
import org.peipao.api.companion.FindCompanionQuery;
import org.peipao.api.companion.FindCompanionsQuery;
import org.peipao.query.shared.Paging;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
public class CompanionQueries {

    private final MongoTemplate mongo;
    private final ReadModelCatalog catalog;

    CompanionQueries(MongoTemplate mongo, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.catalog = catalog;
    }

    private String collection() {
        return catalog.live(CompanionProjection.PROCESSING_GROUP, CompanionDocument.COLLECTION);
    }

    /** The companion as a copy in {@code collection} holds it (for as-of views). */
    public static Optional<CompanionView> find(MongoTemplate mongo, String collection, String companionId) {
        return Optional.ofNullable(mongo.findById(companionId, CompanionDocument.class, collection))
                .map(CompanionQueries::view);
    }

    @QueryHandler
    Optional<CompanionView> handle(FindCompanionQuery query) {
        return find(mongo, collection(), query.companionId());
    }

    @QueryHandler
    CompanionPage handle(FindCompanionsQuery query) {
        List<Criteria> filters = new ArrayList<>();
        if (query.kind() != null) {
            filters.add(Criteria.where("kind").is(query.kind().name()));
        }
        if (query.status() != null) {
            filters.add(Criteria.where("status").is(query.status().name()));
        }
        if (query.domain() != null) {
            filters.add(Criteria.where("domains").is(query.domain().name()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip();
            filters.add(new Criteria().orOperator(Paging.contains("name", text), Paging.contains("organisation", text)));
        }
        Paging.Page<CompanionSummary> page = Paging.page(mongo, CompanionDocument.class, collection(),
                filters, Sort.by("name", "_id"), query.page(), query.size(), CompanionQueries::summary);
        return new CompanionPage(page.items(), query.page(), query.size(), page.total());
    }

    private static CompanionView view(CompanionDocument c) {
        return new CompanionView(c.id, c.name, c.kind, c.organisation, List.copyOf(c.domains), c.email, c.status,
                c.statusReason, c.capacity,
                c.activeAssignments.stream()
                        .map(a -> new CompanionView.ActiveAssignment(a.projectId(), a.role(), a.since())).toList(),
                c.honours.stream().map(h -> new CompanionView.Honour(h.title(), h.year())).toList(),
                new CompanionView.Outcomes(c.landedProjectIds.size(), c.solvedChallengeIds.size(),
                        c.verifiedMilestoneIds.size()),
                c.version);
    }

    private static CompanionSummary summary(CompanionDocument c) {
        return new CompanionSummary(c.id, c.name, c.kind, c.organisation, List.copyOf(c.domains), c.status,
                c.capacity, c.activeAssignments.size(), c.version);
    }
}
