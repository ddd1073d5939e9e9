package org.peipao.query.challenge;

import org.axonframework.queryhandling.QueryHandler;
import org.peipao.api.challenge.ChallengePage;
import org.peipao.api.challenge.ChallengeView;
import org.peipao.api.challenge.FindChallengeQuery;
import org.peipao.api.challenge.FindChallengesQuery;
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
public class ChallengeQueries {

    private final MongoTemplate mongo;
    private final ReadModelCatalog catalog;

    ChallengeQueries(MongoTemplate mongo, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.catalog = catalog;
    }

    private String collection() {
        return catalog.live(ChallengeProjection.PROCESSING_GROUP, ChallengeDocument.COLLECTION);
    }

    /** The challenge as a copy in {@code collection} holds it (for as-of views). */
    public static Optional<ChallengeView> find(MongoTemplate mongo, String collection, String id) {
        return Optional.ofNullable(mongo.findById(id, ChallengeDocument.class, collection)).map(ChallengeQueries::view);
    }

    @QueryHandler
    Optional<ChallengeView> handle(FindChallengeQuery query) {
        return find(mongo, collection(), query.challengeId());
    }

    @QueryHandler
    ChallengePage handle(FindChallengesQuery query) {
        List<Criteria> filters = new ArrayList<>();
        if (query.status() != null) {
            filters.add(Criteria.where("status").is(query.status().name()));
        }
        if (query.domain() != null) {
            filters.add(Criteria.where("domain").is(query.domain().name()));
        }
        if (query.enterprise() != null && !query.enterprise().isBlank()) {
            filters.add(Paging.contains("enterprise", query.enterprise().strip()));
        }
        Paging.Page<ChallengeView> page = Paging.page(mongo, ChallengeDocument.class, collection(),
                filters, Sort.by("enterprise", "_id"), query.page(), query.size(), ChallengeQueries::view);
        return new ChallengePage(page.items(), query.page(), query.size(), page.total());
    }

    private static ChallengeView view(ChallengeDocument c) {
        return new ChallengeView(c.id, c.enterprise, c.enterpriseCode, c.domain, c.title, c.description, c.status,
                c.projectId, c.companionId, c.solvedByMilestoneId, c.solvedOn, c.closureReason, c.version);
    }
}
