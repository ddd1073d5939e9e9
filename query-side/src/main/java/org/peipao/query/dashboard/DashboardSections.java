package org.peipao.query.dashboard;

import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.dashboard.TrendMetric;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.peipao.query.dashboard.Counters.*;

/**
 * Builds each section of the KPI set from the cell its filters select. A figure is filtered by the dimensions
 * its facts have: companions by kind; projects by domain and source; landings and time to landing by domain,
 * source, district and the kinds of the companions credited; verified milestones, solved challenges and the
 * leaderboard by domain, source and credited kinds; pending and rejected milestones by domain and source;
 * challenges by status by their own domain. The domain of a challenge figure is the challenge's own.
 */
final class DashboardSections {

    private DashboardSections() {
    }

    /** The cells the KPI set of {@code query} reads. */
    static List<CubeCell> cellsOf(FindDashboardQuery query) {
        CubeCell filter = filter(query);
        return List.of(filter, filter.withoutDistrict(), filter.onlyDomainAndSource(), filter.onlyKind(),
                filter.onlyDomain()).stream().distinct().toList();
    }

    /** The cell whose enterprises served and leaderboard the KPI set of {@code query} shows. */
    static CubeCell creditedCell(FindDashboardQuery query) {
        return filter(query).withoutDistrict();
    }

    /** The KPI set from the sums of the {@linkplain #cellsOf cells} it reads. */
    static DashboardView view(FindDashboardQuery query, LocalDate to, Instant asOf, Map<CubeCell, CellSums> sums,
                              CompanionDirectory directory) {
        CubeCell filter = filter(query);
        Function<CubeCell, CellSums> cells = dims -> sums.getOrDefault(dims, CellSums.NONE);
        CellSums full = cells.apply(filter);
        CellSums credited = cells.apply(filter.withoutDistrict());
        CellSums projects = cells.apply(filter.onlyDomainAndSource());
        return new DashboardView(asOf,
                new DashboardView.Filters(query.from() == null ? null : query.from().toString(), to.toString(),
                        nullable(query.domain()), query.district(), nullable(query.kind()), query.source()),
                companionSection(cells.apply(filter.onlyKind())),
                new DashboardView.Projects(projects.stock(PROJECTS_REGISTERED), projects.stock(projectStage("INCUBATING")),
                        projects.stock(projectStage("LANDED")), projects.stock(projectStage("WITHDRAWN")),
                        projects.stocksBy("projects:byDomain:"), projects.stocksBy("projects:bySource:")),
                landings(full),
                challenges(cells.apply(filter.onlyDomain()), credited),
                new DashboardView.Milestones(credited.flowsBy("milestones:verified:"),
                        projects.flow(MILESTONES_PENDING), projects.flow(MILESTONES_REJECTED),
                        cny(credited.flow(FINANCING_FEN))),
                timeToLanding(full),
                leaderboard(credited, directory));
    }

    private static DashboardView.Companions companionSection(CellSums cell) {
        Map<String, DashboardView.StatusCounts> byKind = new TreeMap<>();
        cell.stocksBy("companions:byKind:").keySet().stream().map(key -> key.substring(0, key.indexOf(':')))
                .distinct().forEach(kind -> byKind.put(kind, new DashboardView.StatusCounts(
                        cell.stock(companionsByKind(kind, "registered")), cell.stock(companionsByKind(kind, "ACTIVE")),
                        cell.stock(companionsByKind(kind, "SUSPENDED")), cell.stock(companionsByKind(kind, "RETIRED")))));
        return new DashboardView.Companions(cell.stock(COMPANIONS_REGISTERED), cell.stock(companions("ACTIVE")),
                cell.stock(companions("SUSPENDED")), cell.stock(companions("RETIRED")), byKind);
    }

    private static DashboardView.Landings landings(CellSums cell) {
        return new DashboardView.Landings(cell.flow(LANDINGS), cny(cell.flow(LANDINGS_FEN)),
                signedBy(cell, "byDistrict"), signedBy(cell, "byDomain"), signedBy(cell, "byForm"));
    }

    private static Map<String, DashboardView.Signed> signedBy(CellSums cell, String dimension) {
        Map<String, DashboardView.Signed> signed = new TreeMap<>();
        cell.flowsBy("landings:" + dimension + ":").forEach((key, value) -> {
            if (key.endsWith(":count")) {
                String name = key.substring(0, key.length() - ":count".length());
                signed.put(name, new DashboardView.Signed(value,
                        cny(cell.flow(landingsBy(dimension, name, true)))));
            }
        });
        return signed;
    }

    private static DashboardView.Challenges challenges(CellSums byStatus, CellSums credited) {
        return new DashboardView.Challenges(byStatus.stock(CHALLENGES_TOTAL), byStatus.stock(challengeStatus("POSTED")),
                byStatus.stock(challengeStatus("MATCHED")), credited.flow(CHALLENGES_SOLVED),
                byStatus.stock(challengeStatus("CLOSED")), credited.enterprisesServed());
    }

    private static DashboardView.TimeToLanding timeToLanding(CellSums cell) {
        TreeMap<Long, Long> histogram = new TreeMap<>();
        cell.flowsBy("ttl:").forEach((key, count) -> {
            if (!key.equals("count")) {
                histogram.put(Long.parseLong(key), count);
            }
        });
        long landed = histogram.values().stream().mapToLong(Long::longValue).sum();
        return new DashboardView.TimeToLanding(landed, Percentiles.nearestRank(histogram, 50),
                Percentiles.nearestRank(histogram, 90));
    }

    private static List<DashboardView.Leader> leaderboard(CellSums cell, CompanionDirectory directory) {
        List<Leaders.Line> top = Leaders.top(cell.leaders());
        Map<String, CompanionDirectory.Entry> named = directory.find(top.stream().map(Leaders.Line::companionId).toList());
        return top.stream().map(line -> {
            CompanionDirectory.Entry entry = named.get(line.companionId());
            return new DashboardView.Leader(line.companionId(), entry == null ? null : entry.name,
                    entry == null ? null : entry.kind, line.landedProjects(), line.problemsSolved(),
                    line.verifiedMilestones());
        }).toList();
    }

    static BigDecimal cny(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * The cell whose counters give {@code metric} under the filters of {@code filter}: the cell the KPI set reads that
     * figure from, so a trend's filters mean what the dashboard's do.
     */
    static CubeCell trendCell(TrendMetric metric, CubeCell filter) {
        return switch (metric) {
            case LANDINGS, SIGNED_AMOUNT -> filter;
            case PROBLEMS_SOLVED, VERIFIED_MILESTONES -> filter.withoutDistrict();
            case NEW_PROJECTS -> filter.onlyDomainAndSource();
            case ACTIVE_COMPANIONS -> filter.onlyKind();
        };
    }

    private static CubeCell filter(FindDashboardQuery query) {
        return CubeCell.filter(query.domain(), query.source(), query.district(), query.kind());
    }

    private static String nullable(Object value) {
        return value == null ? null : value.toString();
    }
}
