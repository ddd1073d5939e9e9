package org.peipao.query.challenge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengePage;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.challenge.ChallengeView;
import org.peipao.api.challenge.FindChallengesQuery;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.api.IndustryDomain.AI;
import static org.peipao.api.IndustryDomain.INTELLIGENT_CONNECTED_NEV;
import static org.peipao.api.IndustryDomain.NEW_MATERIALS;
import static org.peipao.query.challenge.ChallengeEvents.JUNE_18;
import static org.peipao.query.challenge.ChallengeEvents.closed;
import static org.peipao.query.challenge.ChallengeEvents.matched;
import static org.peipao.query.challenge.ChallengeEvents.posted;
import static org.peipao.query.challenge.ChallengeEvents.solved;

/** The challenge list, over four challenges (one in each status) posted out of enterprise order. */
class ChallengeQueriesTest {

    @RegisterExtension
    static final InMemoryMongo server = InMemoryMongo.start();
    private ChallengeQueries queries;

    @BeforeEach
    void fourChallenges() {
        var mongo = server.freshTemplate();
        EventFeed feed = new EventFeed(new ChallengeProjection(mongo, Catalogs.liveDestination(mongo, ChallengeProjection.PROCESSING_GROUP)));
        queries = new ChallengeQueries(mongo, Catalogs.of(mongo));
        feed.feed(posted("ch-1", "SAIC Motor", INTELLIGENT_CONNECTED_NEV));
        feed.feed(posted("ch-2", "Baosteel (Group)", NEW_MATERIALS));
        feed.feed(posted("ch-3", "Unisoc Shanghai", AI));
        feed.feed(posted("ch-4", "NIO", INTELLIGENT_CONNECTED_NEV));
        feed.feed(matched("ch-2", "p-1", "c-1"));
        feed.feed(matched("ch-3", "p-2", "c-2"));
        feed.feed(solved("ch-3", "p-2", "m-1", JUNE_18));
        feed.feed(closed("ch-4", ChallengeStatus.POSTED, "withdrawn by enterprise"));
    }

    @Test
    void withoutFiltersEveryChallengeIsListedByEnterprise() {
        ChallengePage page = list(null, null, null);

        assertThat(enterprises(page)).containsExactly("Baosteel (Group)", "NIO", "SAIC Motor", "Unisoc Shanghai");
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void filtersByStatus() {
        assertThat(ids(list(ChallengeStatus.POSTED, null, null))).containsExactly("ch-1");
        assertThat(ids(list(ChallengeStatus.MATCHED, null, null))).containsExactly("ch-2");
        assertThat(ids(list(ChallengeStatus.SOLVED, null, null))).containsExactly("ch-3");
        assertThat(ids(list(ChallengeStatus.CLOSED, null, null))).containsExactly("ch-4");
    }

    @Test
    void filtersByDomain() {
        assertThat(ids(list(null, INTELLIGENT_CONNECTED_NEV, null))).containsExactly("ch-4", "ch-1");
        assertThat(ids(list(ChallengeStatus.POSTED, INTELLIGENT_CONNECTED_NEV, null))).containsExactly("ch-1");
    }

    @Test
    void enterpriseMatchesAnyPartOfTheNameIgnoringCaseAndLiterally() {
        assertThat(ids(list(null, null, "shanghai"))).containsExactly("ch-3");
        assertThat(ids(list(null, null, " motor "))).containsExactly("ch-1");
        assertThat(ids(list(null, null, "(group)"))).containsExactly("ch-2");
        assertThat(list(null, null, "N.O").items()).isEmpty();
    }

    @Test
    void pagesCarryTheTotalOfTheFilter() {
        ChallengePage second = queries.handle(new FindChallengesQuery(null, null, null, 1, 3));

        assertThat(ids(second)).containsExactly("ch-3");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
    }

    private ChallengePage list(ChallengeStatus status, IndustryDomain domain, String enterprise) {
        return queries.handle(new FindChallengesQuery(status, domain, enterprise, 0, 20));
    }

    private static List<String> ids(ChallengePage page) {
        return page.items().stream().map(ChallengeView::id).toList();
    }

    private static List<String> enterprises(ChallengePage page) {
        return page.items().stream().map(ChallengeView::enterprise).toList();
    }

}
