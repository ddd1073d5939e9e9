package org.peipao.query.dashboard;

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
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.query.dashboard.DashboardScenario.BANAN;
import static org.peipao.query.dashboard.DashboardScenario.XINGYU;
import static org.peipao.query.dashboard.DashboardScenario.date;

/**
 * The dashboard built batch by batch, as its tracking processor builds it ({@code BatchWrites}): the same figures as
 * event by event under every filter, the touched cells of a batch written in one bulk, and a batch delivered twice
 * changes nothing.
 */
class DashboardBatchesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-16T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    static final InMemoryMongo mongo = InMemoryMongo.start();

    @Test
    void theDashboardBuiltInBatchesEqualsTheOneBuiltEventByEvent() {
        MongoTemplate oneByOne = mongo.freshTemplate();
        DashboardScenario.play(new EventFeed(dashboardProjection(oneByOne)));
        List<Object> expected = figures(oneByOne);

        for (int size : List.of(2, 7, 1_000)) {
            MongoTemplate batched = mongo.freshTemplate();
            EventFeed feed = new EventFeed(dashboardProjection(batched)).inBatchesOf(size);
            DashboardScenario.play(feed);
            feed.endBatch();
            assertThat(figures(batched)).as("batches of %d", size).isEqualTo(expected);
            if (size == 1_000) {
                assertThat(mongo.writeCommands(oneByOne)).as("event by event").isGreaterThan(40);
                // cells, leaders, enterprises, companions and the checkpoint marks (no checkpoint is passed)
                assertThat(mongo.writeCommands(batched)).as("the scenario in one batch: one bulk per collection")
                        .isEqualTo(5);
            }

            feed.redeliverAll();
            assertThat(figures(batched)).as("batches of %d delivered twice", size).isEqualTo(expected);
        }
    }

    private static DashboardProjection dashboardProjection(MongoTemplate template) {
        return new DashboardProjection(template, CLOCK,
                Catalogs.liveDestination(template, DashboardProjection.PROCESSING_GROUP));
    }

    /** The dashboard unfiltered and under a few filters, and a monthly trend of each metric. */
    private static List<Object> figures(MongoTemplate template) {
        DashboardQueries queries = new DashboardQueries(template, CLOCK, Catalogs.of(template));
        List<Object> figures = new ArrayList<>();
        List<DashboardView> views = List.of(
                queries.handle(new FindDashboardQuery(null, null, null, null, null, null)),
                queries.handle(new FindDashboardQuery(date("2025-04-01"), date("2025-05-31"), null, null, null, null)),
                queries.handle(new FindDashboardQuery(null, null, IndustryDomain.AI, BANAN, null, null)),
                queries.handle(new FindDashboardQuery(null, null, null, null, CompanionKind.INVESTMENT_MANAGER, XINGYU)));
        figures.addAll(views);
        for (TrendMetric metric : TrendMetric.values()) {
            TrendView trend = queries.handle(new FindTrendQuery(metric, TrendInterval.MONTH, date("2025-01-01"),
                    date("2025-08-31"), null, null, null, null));
            figures.add(trend);
        }
        return figures;
    }
}
