package org.peipao.query.dashboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways the dashboard is read agree: the all-time documents (kept top of the leaderboard, distinct enterprises
 * counted once) and the period documents summed. Hundreds of random credits to 40 companions, in three kinds, with
 * the lead changing hands many times; then one fact dated after "today", so that today's dashboard must be summed from
 * periods while the one as of 2100 is read from the all-time documents. Built event by event and in batches alike.
 */
class DashboardPathsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-16T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.parse("2025-11-16");
    private static final LocalDate FAR = LocalDate.parse("2100-01-01");
    private static final List<IndustryDomain> DOMAINS = List.of(IndustryDomain.AI, IndustryDomain.NEW_MATERIALS);
    private static final List<CompanionKind> KINDS = List.of(CompanionKind.TECH_BROKER,
            CompanionKind.INCUBATOR_MANAGER, CompanionKind.INVESTMENT_MANAGER);

    @RegisterExtension
    static final InMemoryMongo mongo = InMemoryMongo.start();

    @Test
    void theAllTimeTotalsAndTheSummedPeriodsGiveTheSameDashboard() {
        for (int batch : List.of(1, 13)) {
            MongoTemplate template = mongo.freshTemplate();
            EventFeed feed = new EventFeed(new DashboardProjection(template, CLOCK,
                    Catalogs.liveDestination(template, DashboardProjection.PROCESSING_GROUP))).inBatchesOf(batch);
            play(feed, new Random(batch));
            feed.endBatch();
            DashboardQueries queries = new DashboardQueries(template, CLOCK, Catalogs.of(template));

            for (IndustryDomain domain : new IndustryDomain[] {null, IndustryDomain.AI}) {
                for (CompanionKind kind : new CompanionKind[] {null, CompanionKind.TECH_BROKER}) {
                    DashboardView summed = queries.handle(new FindDashboardQuery(null, TODAY, domain, null, kind, null));
                    DashboardView allTime = queries.handle(new FindDashboardQuery(null, FAR, domain, null, kind, null));
                    String filter = "batches of " + batch + ", " + domain + ", " + kind;
                    assertThat(summed.leaderboard()).as(filter).hasSize(Leaders.TOP).isEqualTo(allTime.leaderboard());
                    assertThat(summed.challenges()).as(filter).isEqualTo(allTime.challenges());
                    assertThat(summed.landings()).as(filter).isEqualTo(allTime.landings());
                    assertThat(summed.milestones().verifiedByType()).as(filter)
                            .isEqualTo(allTime.milestones().verifiedByType());
                    assertThat(allTime.milestones().pendingVerification()).as("the fact after today")
                            .isEqualTo(summed.milestones().pendingVerification() + 1);
                }
            }
            DashboardView all = queries.handle(new FindDashboardQuery(null, FAR, null, null, null, null));
            assertThat(all.challenges().enterprisesServed()).as("distinct enterprises of 12").isEqualTo(12);
            assertThat(all.leaderboard().get(0).landedProjects()).isGreaterThan(1);
        }
    }

    private static void play(EventFeed feed, Random random) {
        for (int c = 0; c < 40; c++) {
            feed.feed(new CompanionRegisteredEvent("c" + c, "Companion " + c, KINDS.get(c % KINDS.size()), "Org",
                    List.of(IndustryDomain.AI), null, 8));
        }
        for (int i = 0; i < 400; i++) {
            String project = "p" + random.nextInt(150);
            IndustryDomain domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
            LocalDate day = LocalDate.parse("2024-01-01").plusDays(random.nextInt(680));
            List<String> credited = new ArrayList<>(List.of("c" + random.nextInt(40)));
            if (random.nextInt(4) == 0) {
                credited.add("c" + random.nextInt(40));
            }
            switch (random.nextInt(3)) {
                case 0 -> feed.feed(project, new LandingRecordedEvent(project, "l" + i, "巴南区", null,
                        LandingForm.NEW_COMPANY, new BigDecimal("10.00"), day, credited, domain, "GEEC"), "admin");
                case 1 -> feed.feed(project, new MilestoneVerifiedEvent(project, "m" + i, MilestoneType.AWARD_WON, day,
                        null, null, null, null, null, credited, domain, "GEEC"), "admin");
                default -> {
                    String enterprise = "E" + random.nextInt(12);
                    feed.feed("ch" + i, new ChallengeSolvedEvent("ch" + i, project, "m" + i, day, enterprise,
                            enterprise, domain, credited, domain, "GEEC"), "system");
                }
            }
        }
        feed.feed("p-late", new MilestoneLoggedEvent("p-late", "m-late", MilestoneType.AWARD_WON,
                TODAY.plusDays(3), "summary", null, null, null, null, null, null, null, IndustryDomain.AI, "GEEC"),
                "admin");
    }
}
