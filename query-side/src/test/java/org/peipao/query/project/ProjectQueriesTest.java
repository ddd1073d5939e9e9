package org.peipao.query.project;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.IndustryDomain;
import org.peipao.api.project.FindProjectsQuery;
import org.peipao.api.project.ProjectPage;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectSummary;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.api.IndustryDomain.AI;
import static org.peipao.api.IndustryDomain.GREEN_LOW_CARBON;
import static org.peipao.api.IndustryDomain.NEW_MATERIALS;
import static org.peipao.api.project.AssignmentRole.LEAD;
import static org.peipao.api.project.AssignmentRole.SUPPORTING;
import static org.peipao.api.project.MilestoneType.PATENT_GRANTED;
import static org.peipao.api.project.MilestoneType.PILOT_STARTED;
import static org.peipao.query.project.ProjectEvents.MARCH_1;
import static org.peipao.query.project.ProjectEvents.assigned;
import static org.peipao.query.project.ProjectEvents.incubationStarted;
import static org.peipao.query.project.ProjectEvents.landed;
import static org.peipao.query.project.ProjectEvents.landing;
import static org.peipao.query.project.ProjectEvents.logged;
import static org.peipao.query.project.ProjectEvents.registered;
import static org.peipao.query.project.ProjectEvents.rejected;
import static org.peipao.query.project.ProjectEvents.released;
import static org.peipao.query.project.ProjectEvents.verified;
import static org.peipao.query.project.ProjectEvents.withdrawn;

/** The project list, over four projects in different stages, fed (out of title order) before each test. */
class ProjectQueriesTest {

    private static final String SEPARATOR = "Solid-state battery separator";
    private static final String IMAGING = "Medical imaging AI";
    private static final String MEMBRANE = "Carbon capture membrane";
    private static final String CHIP = "AI chip cooling";

    @RegisterExtension
    static final InMemoryMongo server = InMemoryMongo.start();
    private ProjectQueries queries;

    @BeforeEach
    void fourProjects() {
        var mongo = server.freshTemplate();
        queries = new ProjectQueries(mongo, Catalogs.of(mongo));
        EventFeed feed = new EventFeed(new ProjectProjection(mongo, Catalogs.liveDestination(mongo, ProjectProjection.PROCESSING_GROUP)));
        feed.feed("p-1", registered("p-1", SEPARATOR, NEW_MATERIALS, "university", "Zhang San"), "admin");
        feed.feed("p-1", assigned("p-1", "c-1", LEAD, MARCH_1), "admin");
        feed.feed("p-1", incubationStarted("p-1", MARCH_1), "admin");
        feed.feed("p-1", logged("p-1", "m-1", PATENT_GRANTED, MARCH_1), "admin");
        feed.feed("p-1", logged("p-1", "m-2", PILOT_STARTED, MARCH_1), "admin");
        feed.feed("p-1", verified("p-1", "m-1", PATENT_GRANTED, "ok"), "admin");
        feed.feed("p-1", rejected("p-1", "m-2", PILOT_STARTED, "no evidence"), "admin");
        feed.feed("p-1", landing("p-1", "l-1", "Pudong", "100.50", MARCH_1.plusMonths(3)), "admin");
        feed.feed("p-1", landed("p-1", "Pudong", MARCH_1.plusMonths(3)), "admin");
        feed.feed("p-1", landing("p-1", "l-2", "Minhang", "200.25", MARCH_1.plusMonths(4)), "admin");
        feed.feed("p-2", registered("p-2", IMAGING, AI, "returnee", "Li Si"), "admin");
        feed.feed("p-2", assigned("p-2", "c-2", LEAD, MARCH_1), "admin");
        feed.feed("p-2", incubationStarted("p-2", MARCH_1), "admin");
        feed.feed("p-2", assigned("p-2", "c-3", SUPPORTING, MARCH_1), "admin");
        feed.feed("p-2", released("p-2", "c-2", MARCH_1.plusMonths(1), "moved"), "admin");
        feed.feed("p-3", registered("p-3", MEMBRANE, GREEN_LOW_CARBON, "university", "Wang Wu"), "admin");
        feed.feed("p-4", registered("p-4", CHIP, AI, "enterprise", "Zhao Liu"), "admin");
        feed.feed("p-4", withdrawn("p-4", ProjectStage.REGISTERED, "merged"), "admin");
    }

    @Test
    void withoutFiltersEveryProjectIsListedByTitle() {
        ProjectPage page = list(new Filter());

        assertThat(titles(page)).containsExactly(CHIP, MEMBRANE, IMAGING, SEPARATOR);
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void filtersByStage() {
        assertThat(titles(list(new Filter().stage(ProjectStage.INCUBATING)))).containsExactly(IMAGING);
        assertThat(titles(list(new Filter().stage(ProjectStage.LANDED)))).containsExactly(SEPARATOR);
        assertThat(titles(list(new Filter().stage(ProjectStage.WITHDRAWN)))).containsExactly(CHIP);
        assertThat(titles(list(new Filter().stage(ProjectStage.REGISTERED)))).containsExactly(MEMBRANE);
    }

    @Test
    void filtersByDomain() {
        assertThat(titles(list(new Filter().domain(AI)))).containsExactly(CHIP, IMAGING);
    }

    @Test
    void filtersByTheDistrictOfAnyLanding() {
        assertThat(titles(list(new Filter().district("Minhang")))).containsExactly(SEPARATOR);
        assertThat(titles(list(new Filter().district("Pudong")))).containsExactly(SEPARATOR);
        assertThat(list(new Filter().district("Xuhui")).items()).isEmpty();
    }

    @Test
    void filtersByAnyCompanionEverAssignedReleasedOrNot() {
        assertThat(titles(list(new Filter().companionId("c-2")))).containsExactly(IMAGING);
        assertThat(titles(list(new Filter().companionId("c-3")))).containsExactly(IMAGING);
        assertThat(titles(list(new Filter().companionId("c-1")))).containsExactly(SEPARATOR);
    }

    @Test
    void filtersBySource() {
        assertThat(titles(list(new Filter().source("university")))).containsExactly(MEMBRANE, SEPARATOR);
    }

    @Test
    void textMatchesTitleOrTeamLeadIgnoringCaseAndLiterally() {
        assertThat(titles(list(new Filter().text("ai")))).containsExactly(CHIP, IMAGING);
        assertThat(titles(list(new Filter().text("WANG wu")))).containsExactly(MEMBRANE);
        assertThat(list(new Filter().text("a.i")).items()).isEmpty();
    }

    @Test
    void filtersCombine() {
        ProjectPage page = list(new Filter().domain(AI).stage(ProjectStage.INCUBATING).text("imaging"));

        assertThat(titles(page)).containsExactly(IMAGING);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void pagesCarryTheTotalOfTheFilter() {
        ProjectPage second = queries.handle(new FindProjectsQuery(null, null, null, null, null, null, 1, 3));

        assertThat(titles(second)).containsExactly(SEPARATOR);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
    }

    @Test
    void summaryCountsActiveCompanionsVerifiedMilestonesLandingsAndTheSignedSum() {
        ProjectSummary separator = list(new Filter().text(SEPARATOR)).items().get(0);
        ProjectSummary imaging = list(new Filter().text(IMAGING)).items().get(0);
        ProjectSummary membrane = list(new Filter().text(MEMBRANE)).items().get(0);

        assertThat(separator).isEqualTo(new ProjectSummary("p-1", SEPARATOR, NEW_MATERIALS, "university",
                "Fudan University", "Zhang San", ProjectStage.LANDED, 1, 1, 2, new BigDecimal("300.75"), 9));
        assertThat(imaging.activeCompanions()).isEqualTo(1);
        assertThat(membrane.landings()).isZero();
        assertThat(membrane.signedAmountCny()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private ProjectPage list(Filter filter) {
        return queries.handle(new FindProjectsQuery(filter.stage, filter.domain, filter.district, filter.companionId,
                filter.source, filter.text, 0, 20));
    }

    private static List<String> titles(ProjectPage page) {
        return page.items().stream().map(ProjectSummary::title).toList();
    }

    /** The optional filters of a {@link FindProjectsQuery}, named at the call site. */
    private static final class Filter {
        ProjectStage stage;
        IndustryDomain domain;
        String district;
        String companionId;
        String source;
        String text;

        Filter stage(ProjectStage value) {
            stage = value;
            return this;
        }

        Filter domain(IndustryDomain value) {
            domain = value;
            return this;
        }

        Filter district(String value) {
            district = value;
            return this;
        }

        Filter companionId(String value) {
            companionId = value;
            return this;
        }

        Filter source(String value) {
            source = value;
            return this;
        }

        Filter text(String value) {
            text = value;
            return this;
        }
    }
}
