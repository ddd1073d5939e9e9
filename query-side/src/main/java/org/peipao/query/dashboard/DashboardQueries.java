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
import java.util.Set;
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
        return compute(mongo, DashboardReads.of(mongo, live()), query, to, clock.instant());
    }

    @QueryHandler
    TrendView handle(FindTrendQuery query) {
        LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock);
        return Trends.of(query, to, new CellReader(DashboardReads.of(mongo, live())));
    }

    /**
     * The KPI set as the dashboard's documents hold it, read as {@code reads} says: the live ones, a copy's, or a copy
     * laid over a checkpoint ({@link AsOfReads}).
     */
    public static DashboardView compute(MongoTemplate mongo, DashboardReads reads, FindDashboardQuery query,
                                        LocalDate to, Instant asOf) {
        CompanionDirectory directory = new CompanionDirectory(mongo, reads, () -> Checkpoints.EVERY); // reads only
        return DashboardSections.view(query, to, asOf, new CellReader(reads).sums(DashboardSections.cellsOf(query),
                new CellReader.Range(query.from(), to), Set.of(DashboardSections.creditedCell(query))), directory);
    }

    private UnaryOperator<String> live() {
        return logical -> catalog.live(DashboardProjection.PROCESSING_GROUP, logical);
    }
}
