package org.peipao.query.challenge;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.challenge.ChallengeView;
import org.peipao.api.challenge.FindChallengeQuery;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
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
    private EventFeed feed;
    private ChallengeQueries queries;

    @BeforeEach
    void freshDatabase() {
        var mongo = server.freshTemplate();
        feed = new EventFeed(new ChallengeProjection(mongo, Catalogs.liveDestination(mongo, ChallengeProjection.PROCESSING_GROUP)));
        queries = new ChallengeQueries(mongo, Catalogs.of(mongo));
    }

    @Test
    void postingCreatesAPostedChallengeAtVersionZero() {
        feed.feed(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV));

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
        feed.feed(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV));

        feed.feed(matched("ch-1", "p-1", "c-1"));

        ChallengeView challenge = find("ch-1");
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.MATCHED);
        assertThat(challenge.projectId()).isEqualTo("p-1");
        assertThat(challenge.companionId()).isEqualTo("c-1");
        assertThat(challenge.version()).isEqualTo(1);
    }

    @Test
    void solvingAMatchedChallengeRecordsTheMilestoneAndDateAndKeepsTheMatch() {
        feed.feed(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV));
        feed.feed(matched("ch-1", "p-1", "c-1"));

        feed.feed(solved("ch-1", "p-1", "m-9", JUNE_18));

        assertThat(find("ch-1")).isEqualTo(new ChallengeView("ch-1", "SAIC Motor", "code-ch-1",
                INTELLIGENT_CONNECTED_NEV, "Problem of SAIC Motor", "details of ch-1", ChallengeStatus.SOLVED, "p-1",
                "c-1", "m-9", JUNE_18, null, 2));
    }

    @Test
    void closingAPostedChallengeRecordsTheReason() {
        feed.feed(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV));

        feed.feed(closed("ch-1", ChallengeStatus.POSTED, "solved in-house"));

        ChallengeView challenge = find("ch-1");
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.CLOSED);
        assertThat(challenge.closureReason()).isEqualTo("solved in-house");
        assertThat(challenge.version()).isEqualTo(1);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        TrackedEventMessage<?> posting = feed.feed(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV));
        TrackedEventMessage<?> matching = feed.feed(matched("ch-1", "p-1", "c-1"));
        feed.feed(solved("ch-1", "p-1", "m-9", JUNE_18));
        ChallengeView before = find("ch-1");

        feed.redeliver(posting);
        feed.redeliver(matching);

        assertThat(find("ch-1")).isEqualTo(before);
        assertThat(before.status()).isEqualTo(ChallengeStatus.SOLVED);
    }

    @Test
    void eventsOfAnUnknownChallengeCreateNothing() {
        feed.feed(matched("ch-404", "p-1", "c-1"));

        assertThat(queries.handle(new FindChallengeQuery("ch-404"))).isEmpty();
    }

    private ChallengeView find(String id) {
        return queries.handle(new FindChallengeQuery(id)).orElseThrow();
    }

}
