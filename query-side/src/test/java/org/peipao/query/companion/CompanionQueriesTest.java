package org.peipao.query.companion;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionPage;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.companion.CompanionSummary;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.companion.FindCompanionsQuery;
import org.peipao.api.project.AssignmentRole;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.api.IndustryDomain.AI;
import static org.peipao.api.IndustryDomain.ELECTRONIC_INFORMATION;
import static org.peipao.api.IndustryDomain.GREEN_LOW_CARBON;
import static org.peipao.api.IndustryDomain.NEW_MATERIALS;
import static org.peipao.api.companion.CompanionKind.INCUBATOR_MANAGER;
import static org.peipao.api.companion.CompanionKind.INVESTMENT_MANAGER;
import static org.peipao.api.companion.CompanionKind.PROFESSIONAL_MANAGER;
import static org.peipao.api.companion.CompanionKind.TECH_BROKER;
import static org.peipao.query.companion.CompanionEvents.assigned;
import static org.peipao.query.companion.CompanionEvents.registered;

/** The companion list, over five companions registered (out of name order) before each test. */
class CompanionQueriesTest {

    @RegisterExtension
    static final InMemoryMongo server = InMemoryMongo.start();
    private EventFeed feed;
    private CompanionQueries queries;

    @BeforeEach
    void fiveCompanions() {
        var mongo = server.freshTemplate();
        feed = new EventFeed(new CompanionProjection(mongo, Catalogs.liveDestination(mongo, CompanionProjection.PROCESSING_GROUP)));
        queries = new CompanionQueries(mongo, Catalogs.of(mongo));
        register("c-1", "Chen Jing", TECH_BROKER, "Zhangjiang Tech Transfer", AI);
        register("c-2", "Alice Zhou", INVESTMENT_MANAGER, "Lingang Capital", NEW_MATERIALS, AI);
        register("c-3", "Bo Li", TECH_BROKER, "C++ Systems (Pudong)", ELECTRONIC_INFORMATION);
        register("c-4", "Dong Mei", INCUBATOR_MANAGER, "Chenghua Incubator", GREEN_LOW_CARBON);
        register("c-5", "Emma Wu", PROFESSIONAL_MANAGER, "Pudong Science Park", AI);
        feed.feed(new CompanionSuspendedEvent("c-3", TECH_BROKER, "audit"));
        feed.feed(new CompanionRetiredEvent("c-4", INCUBATOR_MANAGER, CompanionStatus.ACTIVE, "age"));
    }

    @Test
    void withoutFiltersEveryCompanionIsListedByName() {
        CompanionPage page = list(null, null, null, null);

        assertThat(names(page)).containsExactly("Alice Zhou", "Bo Li", "Chen Jing", "Dong Mei", "Emma Wu");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void filtersByKind() {
        assertThat(names(list(TECH_BROKER, null, null, null))).containsExactly("Bo Li", "Chen Jing");
    }

    @Test
    void filtersByStatus() {
        assertThat(names(list(null, CompanionStatus.SUSPENDED, null, null))).containsExactly("Bo Li");
        assertThat(names(list(null, CompanionStatus.ACTIVE, null, null)))
                .containsExactly("Alice Zhou", "Chen Jing", "Emma Wu");
    }

    @Test
    void filtersByAnyOfTheCompanionsDomains() {
        assertThat(names(list(null, null, NEW_MATERIALS, null))).containsExactly("Alice Zhou");
        assertThat(names(list(null, null, AI, null))).containsExactly("Alice Zhou", "Chen Jing", "Emma Wu");
    }

    @Test
    void filtersCombine() {
        CompanionPage page = list(TECH_BROKER, CompanionStatus.ACTIVE, AI, null);

        assertThat(names(page)).containsExactly("Chen Jing");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void textMatchesNameOrOrganisationIgnoringCase() {
        assertThat(names(list(null, null, null, "CHEN"))).containsExactly("Chen Jing", "Dong Mei");
        assertThat(names(list(null, null, null, "pudong"))).containsExactly("Bo Li", "Emma Wu");
        assertThat(names(list(null, null, null, "  alice  "))).containsExactly("Alice Zhou");
    }

    @Test
    void textIsMatchedLiterallyNotAsARegularExpression() {
        assertThat(names(list(null, null, null, "c++"))).containsExactly("Bo Li");
        assertThat(names(list(null, null, null, "(Pudong)"))).containsExactly("Bo Li");
        assertThat(list(null, null, null, ".*").items()).isEmpty();
    }

    @Test
    void blankTextFiltersNothing() {
        assertThat(list(null, null, null, "   ").total()).isEqualTo(5);
    }

    @Test
    void pagesCountFromZeroAndCarryTheTotalOfTheFilter() {
        CompanionPage first = queries.handle(new FindCompanionsQuery(null, null, null, null, 0, 2));
        CompanionPage last = queries.handle(new FindCompanionsQuery(null, null, null, null, 2, 2));
        CompanionPage beyond = queries.handle(new FindCompanionsQuery(null, null, null, null, 3, 2));

        assertThat(names(first)).containsExactly("Alice Zhou", "Bo Li");
        assertThat(names(last)).containsExactly("Emma Wu");
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), last.total(), beyond.total())).containsOnly(5L);
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.size()).isEqualTo(2);
    }

    @Test
    void summaryCountsActiveAssignmentsAndCarriesTheVersion() {
        feed.feed(assigned("p-1", "c-1", AssignmentRole.LEAD));
        feed.feed(assigned("p-2", "c-1", AssignmentRole.SUPPORTING));

        CompanionSummary chen = list(null, null, null, "Chen Jing").items().get(0);

        assertThat(chen).isEqualTo(new CompanionSummary("c-1", "Chen Jing", TECH_BROKER, "Zhangjiang Tech Transfer",
                List.of(AI), CompanionStatus.ACTIVE, 4, 2, 0));
        assertThat(list(null, null, null, "Bo Li").items().get(0).version()).isEqualTo(1);
    }

    private CompanionPage list(CompanionKind kind, CompanionStatus status, IndustryDomain domain, String text) {
        return queries.handle(new FindCompanionsQuery(kind, status, domain, text, 0, 20));
    }

    private static List<String> names(CompanionPage page) {
        return page.items().stream().map(CompanionSummary::name).toList();
    }

    private void register(String id, String name, CompanionKind kind, String organisation, IndustryDomain... domains) {
        feed.feed(registered(id, name, kind, organisation, 4, domains));
    }

}
