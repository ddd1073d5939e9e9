package org.peipao.query.dashboard;

import org.axonframework.queryhandling.QueryHandler;
import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.dashboard.FindTrendQuery;
import org.peipao.api.dashboard.TrendView;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * Answers the dashboard from the pre-aggregated totals: the all-time documents of at most five cells for the default
 * period (everything up to today), or a few dozen period documents for any other, read by {@code _id} in at most two
 * queries ({@link CellReader}) whatever the number of stored events. Which filters apply to which figures: see
 * {@link DashboardSections}.
 */
@Component
public class DashboardQueries {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReadModelCatalog catalog;

    DashboardQueries(MongoTemplate mongo, Clock clock, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.clock = clock;
        this.catalog = catalog;
    }

    @QueryHandler
    DashboardView handle(FindDashboardQuery query) {
        LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock);
        return compute(mongo, live(), query, to, clock.instant());
    }

    @QueryHandler
    TrendView handle(FindTrendQuery query) {
        LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock);
        return Trends.of(query, to, new CellReader(mongo, live().apply(CellTotals.COLLECTION)));
    }

    /**
     * The KPI set as the dashboard's collections hold it: the live ones, or a copy's ({@code collectionOf} names the
     * physical collection of each logical one).
     */
    public static DashboardView compute(MongoTemplate mongo, UnaryOperator<String> collectionOf,
                                        FindDashboardQuery query, LocalDate to, Instant asOf) {
        CellReader cells = new CellReader(mongo, collectionOf.apply(CellTotals.COLLECTION));
        CompanionDirectory directory = new CompanionDirectory(mongo,
                () -> collectionOf.apply(CompanionDirectory.COLLECTION));
        return DashboardSections.view(query, to, asOf,
                cells.sums(DashboardSections.cellsOf(query), new CellReader.Range(query.from(), to)), directory);
    }

    private UnaryOperator<String> live() {
        return logical -> catalog.live(DashboardProjection.PROCESSING_GROUP, logical);
    }
}
