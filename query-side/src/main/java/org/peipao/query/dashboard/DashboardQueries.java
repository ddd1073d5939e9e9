package org.peipao.query.dashboard;

import org.axonframework.queryhandling.QueryHandler;
import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.dashboard.FindTrendQuery;
import org.peipao.api.dashboard.TrendView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Answers the dashboard from the pre-aggregated cells: a handful of cells, each summed over its days, whatever
 * the number of stored events. Which filters apply to which figures: see {@link DashboardSections}.
 */
@Component
class DashboardQueries {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final CompanionDirectory directory;

    DashboardQueries(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        this.directory = new CompanionDirectory(mongo, CompanionDirectory.COLLECTION);
    }

    @QueryHandler
    DashboardView handle(FindDashboardQuery query) {
        LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock);
        return DashboardSections.view(query, to, clock.instant(),
                cell -> CellSums.of(mongo, DayCell.COLLECTION, cell, query.from(), to), directory);
    }

    @QueryHandler
    TrendView handle(FindTrendQuery query) {
        LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock);
        CellSums all = CellSums.of(mongo, DayCell.COLLECTION, Dims.ALL, null, to);
        return Trends.of(query, to, all);
    }
}
