package org.peipao.query.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.dashboard.FindTrendQuery;
import org.peipao.api.dashboard.TrendInterval;
import org.peipao.api.dashboard.TrendMetric;
import org.peipao.api.dashboard.TrendView;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.query.dashboard.DashboardScenario.BANAN;
import static org.peipao.query.dashboard.DashboardScenario.GEEC;
import static org.peipao.query.dashboard.DashboardScenario.XINGYU;
import static org.peipao.query.dashboard.DashboardScenario.YUBEI;
import static org.peipao.query.dashboard.DashboardScenario.date;

/** Every figure of {@link DashboardScenario}, worked out by hand, under each filter. */
class DashboardProjectionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-16T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @RegisterExtension
    static final InMemoryMongo mongo = InMemoryMongo.start();

    private EventFeed feed;
    private DashboardQueries queries;

    @BeforeEach
    void playTheScenario() {
        var template = mongo.freshTemplate();
        feed = new EventFeed(new DashboardProjection(template, CLOCK, Catalogs.liveDestination(template, DashboardProjection.PROCESSING_GROUP)));
        queries = new DashboardQueries(template, CLOCK, Catalogs.of(template));
        DashboardScenario.play(feed);
    }

    private DashboardView dashboard(String from, String to, IndustryDomain domain, String district, CompanionKind kind,
                                    String source) {
        return queries.handle(new FindDashboardQuery(from == null ? null : date(from), to == null ? null : date(to),
                domain, district, kind, source));
    }

    private DashboardView unfiltered() {
        return dashboard(null, null, null, null, null, null);
    }

    private static BigDecimal cny(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void countsCompanionsByStatusAndKind() {
        var companions = unfiltered().companions();
        assertThat(companions).extracting("registered", "active", "suspended", "retired").containsExactly(4L, 2L, 1L, 1L);
        assertThat(companions.byKind()).containsOnlyKeys("TECH_BROKER", "INCUBATOR_MANAGER", "INVESTMENT_MANAGER");
        assertThat(companions.byKind().get("TECH_BROKER")).isEqualTo(new DashboardView.StatusCounts(2, 1, 1, 0));
        assertThat(companions.byKind().get("INCUBATOR_MANAGER")).isEqualTo(new DashboardView.StatusCounts(1, 0, 0, 1));
        assertThat(companions.byKind().get("INVESTMENT_MANAGER")).isEqualTo(new DashboardView.StatusCounts(1, 1, 0, 0));
    }

    @Test
    void countsProjectsByStageDomainAndSource() {
        var projects = unfiltered().projects();
        assertThat(projects).extracting("registered", "incubating", "landed", "withdrawn").containsExactly(3L, 0L, 2L, 1L);
        assertThat(projects.byDomain()).isEqualTo(Map.of("AI", 2L, "LIFE_SCIENCES", 1L));
        assertThat(projects.bySource()).isEqualTo(Map.of(GEEC, 1L, XINGYU, 2L));
    }

    @Test
    void sumsLandingsByDistrictDomainAndForm() {
        var landings = unfiltered().landings();
        assertThat(landings.count()).isEqualTo(3);
        assertThat(landings.signedAmountCny()).isEqualByComparingTo("1300.50");
        assertThat(landings.byDistrict()).isEqualTo(Map.of(BANAN, new DashboardView.Signed(2, cny("1100.50")),
                YUBEI, new DashboardView.Signed(1, cny("200.00"))));
        assertThat(landings.byDomain()).isEqualTo(Map.of("AI", new DashboardView.Signed(2, cny("300.50")),
                "LIFE_SCIENCES", new DashboardView.Signed(1, cny("1000.00"))));
        assertThat(landings.byForm()).isEqualTo(Map.of("NEW_COMPANY", new DashboardView.Signed(1, cny("100.50")),
                "BRANCH", new DashboardView.Signed(1, cny("200.00")), "LAB", new DashboardView.Signed(1, cny("1000.00"))));
    }

    @Test
    void countsChallengesAndDistinctEnterprisesServed() {
        assertThat(unfiltered().challenges()).isEqualTo(new DashboardView.Challenges(4, 1, 0, 2, 1, 1));
    }

    @Test
    void countsOnlyVerifiedMilestonesAsOfficial() {
        var milestones = unfiltered().milestones();
        assertThat(milestones.verifiedByType()).isEqualTo(Map.of("FINANCING_CLOSED", 1L, "TECH_PROBLEM_SOLVED", 1L));
        assertThat(milestones.pendingVerification()).isEqualTo(1);
        assertThat(milestones.rejected()).isEqualTo(1);
        assertThat(milestones.financingClosedCny()).isEqualByComparingTo("5000000");
    }

    @Test
    void measuresTimeToLandingByNearestRank() {
        // p1: 2025-01-10 → 2025-04-20 = 100 days; p2: 2025-02-01 → 2025-05-01 = 89 days
        assertThat(unfiltered().timeToLanding()).isEqualTo(new DashboardView.TimeToLanding(2, 89L, 100L));
    }

    @Test
    void ranksCompanionsByLandedProjectsThenProblemsSolvedThenVerifiedMilestones() {
        assertThat(unfiltered().leaderboard()).containsExactly(
                new DashboardView.Leader("c-inv", "Zhao Lei", "INVESTMENT_MANAGER", 1, 1, 1),
                new DashboardView.Leader("c-tb1", "Li Wei", "TECH_BROKER", 1, 1, 1));
    }

    @Test
    void aSourceFilterSelectsThatSourcesProjectsAndWhatTheyDid() {
        var view = dashboard(null, null, null, null, null, XINGYU);
        assertThat(view.projects()).extracting("registered", "landed", "withdrawn").containsExactly(2L, 1L, 1L);
        assertThat(view.landings().count()).isEqualTo(1);
        assertThat(view.landings().signedAmountCny()).isEqualByComparingTo("1000");
        assertThat(view.challenges().solved()).isEqualTo(1);
        assertThat(view.challenges().enterprisesServed()).isEqualTo(1);
        assertThat(view.milestones().verifiedByType()).isEqualTo(Map.of("TECH_PROBLEM_SOLVED", 1L));
        assertThat(view.milestones().pendingVerification()).isZero();
        assertThat(view.timeToLanding()).isEqualTo(new DashboardView.TimeToLanding(1, 89L, 89L));
        assertThat(view.leaderboard()).extracting(DashboardView.Leader::companionId).containsExactly("c-inv");
        assertThat(view.filters().source()).isEqualTo(XINGYU);
    }

    @Test
    void aDistrictFilterSelectsLandingsAndFirstLandingsThere() {
        var view = dashboard(null, null, null, BANAN, null, null);
        assertThat(view.landings().count()).isEqualTo(2);
        assertThat(view.landings().signedAmountCny()).isEqualByComparingTo("1100.50");
        assertThat(view.landings().byDistrict()).containsOnlyKeys(BANAN);
        assertThat(view.timeToLanding().landedProjects()).isEqualTo(2);
        assertThat(view.milestones().verifiedByType()).hasSize(2);
    }

    @Test
    void aKindFilterSelectsCompanionsOfThatKindAndWhatIsCreditedToThem() {
        var view = dashboard(null, null, null, null, CompanionKind.TECH_BROKER, null);
        assertThat(view.companions()).extracting("registered", "active", "suspended").containsExactly(2L, 1L, 1L);
        assertThat(view.companions().byKind()).containsOnlyKeys("TECH_BROKER");
        assertThat(view.landings().count()).isEqualTo(2);
        assertThat(view.landings().signedAmountCny()).isEqualByComparingTo("300.50");
        assertThat(view.milestones().verifiedByType()).isEqualTo(Map.of("FINANCING_CLOSED", 1L));
        assertThat(view.challenges().solved()).isEqualTo(1);
        assertThat(view.timeToLanding()).isEqualTo(new DashboardView.TimeToLanding(1, 100L, 100L));
        assertThat(view.leaderboard()).extracting(DashboardView.Leader::companionId).containsExactly("c-tb1");
        assertThat(view.projects().registered()).as("projects are not filtered by kind").isEqualTo(3);
    }

    @Test
    void aDomainFilterSelectsEachFactByItsOwnDomain() {
        var view = dashboard(null, null, IndustryDomain.AI, null, null, null);
        assertThat(view.projects().registered()).isEqualTo(2);
        assertThat(view.landings().count()).isEqualTo(2);
        assertThat(view.challenges().total()).as("challenges by their own domain").isEqualTo(2);
        assertThat(view.challenges().solved()).as("both solved challenges are NEW_MATERIALS").isZero();
        assertThat(view.milestones().verifiedByType()).isEqualTo(Map.of("FINANCING_CLOSED", 1L));
    }

    @Test
    void aPeriodSelectsWhatHappenedInItAndStandingFiguresAtItsEnd() {
        var view = dashboard("2025-05-01", "2025-12-31", null, null, null, null);
        assertThat(view.landings().count()).isEqualTo(2);
        assertThat(view.landings().signedAmountCny()).isEqualByComparingTo("1200");
        assertThat(view.challenges().solved()).isEqualTo(1);
        assertThat(view.milestones().verifiedByType()).isEmpty();
        assertThat(view.milestones().pendingVerification()).isEqualTo(1);
        assertThat(view.timeToLanding()).isEqualTo(new DashboardView.TimeToLanding(1, 89L, 89L));
        assertThat(view.companions().registered()).isEqualTo(4);
        assertThat(view.projects().landed()).isEqualTo(2);

        var before = dashboard(null, "2025-02-28", null, null, null, null);
        assertThat(before.companions().registered()).as("nothing was recorded yet").isZero();
        assertThat(before.landings().count()).isZero();
    }

    @Test
    void trendsGiveEveryPeriodOfTheRange() {
        assertThat(trend(TrendMetric.LANDINGS)).containsExactly("0", "1", "1", "1");
        assertThat(trend(TrendMetric.SIGNED_AMOUNT)).containsExactly("0.00", "100.50", "1000.00", "200.00");
        assertThat(trend(TrendMetric.PROBLEMS_SOLVED)).containsExactly("0", "1", "1", "0");
        assertThat(trend(TrendMetric.VERIFIED_MILESTONES)).containsExactly("1", "1", "0", "0");
        assertThat(trend(TrendMetric.NEW_PROJECTS)).containsExactly("3", "0", "0", "0");
        assertThat(trend(TrendMetric.ACTIVE_COMPANIONS)).containsExactly("2", "2", "2", "2");
        TrendView weekly = queries.handle(new FindTrendQuery(TrendMetric.LANDINGS, TrendInterval.WEEK,
                date("2025-04-14"), date("2025-04-27"), null, null, null, null));
        assertThat(weekly.points()).extracting(TrendView.Point::period).containsExactly("2025-W16", "2025-W17");
        assertThat(weekly.points()).as("2025-04-20 is the Sunday ending W16")
                .extracting(p -> p.value().toPlainString()).containsExactly("1", "0");
    }

    @Test
    void trendFiltersMeanWhatTheDashboardsDo() {
        // landings and their amounts: by district, domain, source and the kinds of the companions credited
        assertThat(trend(TrendMetric.LANDINGS, null, BANAN, null, null)).as("l1 (April) and l3 (May) were in Banan")
                .containsExactly("0", "1", "1", "0");
        assertThat(trend(TrendMetric.SIGNED_AMOUNT, null, BANAN, null, null))
                .containsExactly("0.00", "100.50", "1000.00", "0.00");
        assertThat(trend(TrendMetric.LANDINGS, null, null, CompanionKind.TECH_BROKER, null))
                .as("l1 and l2 credit c-tb1, a tech broker").containsExactly("0", "1", "0", "1");
        assertThat(trend(TrendMetric.LANDINGS, null, null, CompanionKind.INVESTMENT_MANAGER, null))
                .containsExactly("0", "0", "1", "0");
        assertThat(trend(TrendMetric.LANDINGS, null, BANAN, CompanionKind.TECH_BROKER, null))
                .containsExactly("0", "1", "0", "0");
        assertThat(trend(TrendMetric.LANDINGS, IndustryDomain.AI, null, null, null)).containsExactly("0", "1", "0", "1");
        assertThat(trend(TrendMetric.SIGNED_AMOUNT, null, null, null, XINGYU))
                .containsExactly("0.00", "0.00", "1000.00", "0.00");
        // solved challenges and verified milestones: by credited kinds, not by district; a challenge's own domain
        assertThat(trend(TrendMetric.PROBLEMS_SOLVED, null, null, CompanionKind.TECH_BROKER, null))
                .containsExactly("0", "0", "1", "0");
        assertThat(trend(TrendMetric.PROBLEMS_SOLVED, null, YUBEI, null, null)).as("district does not apply")
                .containsExactly("0", "1", "1", "0");
        assertThat(trend(TrendMetric.PROBLEMS_SOLVED, IndustryDomain.NEW_MATERIALS, null, null, null))
                .containsExactly("0", "1", "1", "0");
        assertThat(trend(TrendMetric.PROBLEMS_SOLVED, IndustryDomain.AI, null, null, null))
                .containsExactly("0", "0", "0", "0");
        assertThat(trend(TrendMetric.VERIFIED_MILESTONES, null, null, CompanionKind.INVESTMENT_MANAGER, null))
                .containsExactly("0", "1", "0", "0");
        assertThat(trend(TrendMetric.VERIFIED_MILESTONES, null, BANAN, null, null)).containsExactly("1", "1", "0", "0");
        // new projects by domain and source only; active companions by kind only
        assertThat(trend(TrendMetric.NEW_PROJECTS, null, null, null, XINGYU)).containsExactly("2", "0", "0", "0");
        assertThat(trend(TrendMetric.NEW_PROJECTS, IndustryDomain.AI, null, CompanionKind.TECH_BROKER, null))
                .as("kind does not apply").containsExactly("2", "0", "0", "0");
        assertThat(trend(TrendMetric.ACTIVE_COMPANIONS, null, null, CompanionKind.TECH_BROKER, null))
                .as("c-tb2 is suspended").containsExactly("1", "1", "1", "1");
        assertThat(trend(TrendMetric.ACTIVE_COMPANIONS, IndustryDomain.AI, BANAN, null, GEEC))
                .as("domain, district and source do not apply").containsExactly("2", "2", "2", "2");
        // the same figures as the dashboard under the same filters
        assertThat(trend(TrendMetric.LANDINGS, IndustryDomain.AI, BANAN, CompanionKind.TECH_BROKER, GEEC)
                .stream().mapToLong(Long::parseLong).sum())
                .isEqualTo(dashboard("2025-03-01", "2025-06-30", IndustryDomain.AI, BANAN, CompanionKind.TECH_BROKER,
                        GEEC).landings().count()).isEqualTo(1);
    }

    @Test
    void eventsDeliveredTwiceChangeNothing() {
        DashboardView once = unfiltered();
        feed.redeliverAll();
        DashboardView twice = unfiltered();
        assertThat(twice).usingRecursiveComparison().ignoringFields("asOf").isEqualTo(once);
    }

    private List<String> trend(TrendMetric metric) {
        return trend(metric, null, null, null, null);
    }

    private List<String> trend(TrendMetric metric, IndustryDomain domain, String district, CompanionKind kind,
                               String source) {
        TrendView view = queries.handle(new FindTrendQuery(metric, TrendInterval.MONTH, date("2025-03-01"),
                date("2025-06-30"), domain, district, kind, source));
        assertThat(view.points()).extracting(TrendView.Point::period)
                .containsExactly("2025-03", "2025-04", "2025-05", "2025-06");
        return view.points().stream().map(p -> p.value().toPlainString()).toList();
    }
}
