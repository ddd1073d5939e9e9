package org.peipao.query.challenge;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.challenge.ChallengeView;
import org.peipao.api.challenge.FindChallengeQuery;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.api.IndustryDomain.INTELLIGENT_CONNECTED_NEV;
import static org.peipao.query.challenge.ChallengeEvents.JUNE_18;
import static org.peipao.query.challenge.ChallengeEvents.closed;
import static org.peipao.query.challenge.ChallengeEvents.matched;
import static org.peipao.query.challenge.ChallengeEvents.posted;
import static org.peipao.query.challenge.ChallengeEvents.solved;

class ChallengeProjectionTest {

    @RegisterExtension
    static final InMemoryMongo server = InMemoryMongo.start();
    private ChallengeProjection projection;
    private ChallengeQueries queries;
    private long position;

    @BeforeEach
    void freshDatabase() {
        var mongo = server.freshTemplate();
        projection = new ChallengeProjection(mongo, Catalogs.of(mongo));
        queries = new ChallengeQueries(mongo, Catalogs.of(mongo));
        position = 0;
    }

    @Test
    void postingCreatesAPostedChallengeAtVersionZero() {
        projection.on(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV), 0, next());

        assertThat(find("ch-1")).isEqualTo(new ChallengeView("ch-1", "SAIC Motor", "code-ch-1",
                INTELLIGENT_CONNECTED_NEV, "Problem of SAIC Motor", "details of ch-1", ChallengeStatus.POSTED, null,
                null, null, null, null, 0));
    }

    @Test
    void anUnknownChallengeIsNotFound() {
        assertThat(queries.handle(new FindChallengeQuery("nothing"))).isEmpty();
    }

    @Test
    void matchingRecordsTheProjectAndCompanion() {
        projection.on(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV), 0, next());

        projection.on(matched("ch-1", "p-1", "c-1"), 1, next());

        ChallengeView challenge = find("ch-1");
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.MATCHED);
        assertThat(challenge.projectId()).isEqualTo("p-1");
        assertThat(challenge.companionId()).isEqualTo("c-1");
        assertThat(challenge.version()).isEqualTo(1);
    }

    @Test
    void solvingAMatchedChallengeRecordsTheMilestoneAndDateAndKeepsTheMatch() {
        projection.on(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV), 0, next());
        projection.on(matched("ch-1", "p-1", "c-1"), 1, next());

        projection.on(solved("ch-1", "p-1", "m-9", JUNE_18), 2, next());

        assertThat(find("ch-1")).isEqualTo(new ChallengeView("ch-1", "SAIC Motor", "code-ch-1",
                INTELLIGENT_CONNECTED_NEV, "Problem of SAIC Motor", "details of ch-1", ChallengeStatus.SOLVED, "p-1",
                "c-1", "m-9", JUNE_18, null, 2));
    }

    @Test
    void closingAPostedChallengeRecordsTheReason() {
        projection.on(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV), 0, next());

        projection.on(closed("ch-1", ChallengeStatus.POSTED, "solved in-house"), 1, next());

        ChallengeView challenge = find("ch-1");
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.CLOSED);
        assertThat(challenge.closureReason()).isEqualTo("solved in-house");
        assertThat(challenge.version()).isEqualTo(1);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        TrackingToken posting = next();
        projection.on(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV), 0, posting);
        TrackingToken matching = next();
        projection.on(matched("ch-1", "p-1", "c-1"), 1, matching);
        projection.on(solved("ch-1", "p-1", "m-9", JUNE_18), 2, next());
        ChallengeView before = find("ch-1");

        projection.on(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV), 0, posting);
        projection.on(matched("ch-1", "p-1", "c-1"), 1, matching);

        assertThat(find("ch-1")).isEqualTo(before);
        assertThat(before.status()).isEqualTo(ChallengeStatus.SOLVED);
    }

    @Test
    void eventsOfAnUnknownChallengeCreateNothing() {
        projection.on(matched("ch-404", "p-1", "c-1"), 1, next());

        assertThat(queries.handle(new FindChallengeQuery("ch-404"))).isEmpty();
    }

    private ChallengeView find(String id) {
        return queries.handle(new FindChallengeQuery(id)).orElseThrow();
    }

    private TrackingToken next() {
        return new GlobalSequenceTrackingToken(++position);
    }
}
