package org.peipao.query.challenge;

import org.axonframework.queryhandling.QueryHandler;
import org.peipao.api.challenge.ChallengePage;
import org.peipao.api.challenge.ChallengeView;
import org.peipao.api.challenge.FindChallengeQuery;
import org.peipao.api.challenge.FindChallengesQuery;
import org.peipao.query.shared.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
class ChallengeQueries {

    private final MongoTemplate mongo;

    ChallengeQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    Optional<ChallengeView> handle(FindChallengeQuery query) {
        return Optional.ofNullable(mongo.findById(query.challengeId(), ChallengeDocument.class,
                ChallengeDocument.COLLECTION)).map(ChallengeQueries::view);
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
        Paging.Page<ChallengeView> page = Paging.page(mongo, ChallengeDocument.class, ChallengeDocument.COLLECTION,
                filters, Sort.by("enterprise", "_id"), query.page(), query.size(), ChallengeQueries::view);
        return new ChallengePage(page.items(), query.page(), query.size(), page.total());
    }

    private static ChallengeView view(ChallengeDocument c) {
        return new ChallengeView(c.id, c.enterprise, c.enterpriseCode, c.domain, c.title, c.description, c.status,
                c.projectId, c.companionId, c.solvedByMilestoneId, c.solvedOn, c.closureReason, c.version);
    }
}
