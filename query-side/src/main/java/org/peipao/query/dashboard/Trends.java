package org.peipao.query.dashboard;

import org.peipao.api.dashboard.FindTrendQuery;
import org.peipao.api.dashboard.TrendInterval;
import org.peipao.api.dashboard.TrendMetric;
import org.peipao.api.dashboard.TrendView;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.peipao.query.dashboard.Counters.*;

/** A KPI per month or ISO week, with every period of the range present (zero when nothing happened). */
final class Trends {

    private Trends() {
    }

    /**
     * The trend up to {@code to} (an office day), from the totals of the cell its metric and filters select
     * ({@link DashboardSections#trendCell}), which {@code cells} reads in one query.
     */
    static TrendView of(FindTrendQuery query, LocalDate to, CellReader cells) {
        TrendInterval interval = query.interval() == null ? TrendInterval.MONTH : query.interval();
        LocalDate from = query.from() != null ? query.from()
                : interval == TrendInterval.MONTH ? to.minusMonths(11).withDayOfMonth(1) : to.minusWeeks(11);
        boolean standing = query.metric() == TrendMetric.ACTIVE_COMPANIONS;
        List<String> labels = new ArrayList<>();
        List<CellReader.Range> ranges = new ArrayList<>();
        for (LocalDate start = periodStart(from, interval); !start.isAfter(to); start = next(start, interval)) {
            LocalDate end = min(next(start, interval).minusDays(1), to);
            labels.add(label(start, interval));
            // a standing figure is what stood at the period's end; the others are what happened in it
            ranges.add(new CellReader.Range(standing ? null : max(start, from), end));
        }
        CubeCell filter = CubeCell.filter(query.domain(), query.source(), query.district(), query.kind());
        List<Map<String, Long>> sums = cells.counters(DashboardSections.trendCell(query.metric(), filter), ranges);
        List<TrendView.Point> points = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            points.add(new TrendView.Point(labels.get(i), value(query.metric(), sums.get(i))));
        }
        return new TrendView(query.metric().apiName(), interval.name().toLowerCase(), points);
    }

    private static BigDecimal value(TrendMetric metric, Map<String, Long> sums) {
        return switch (metric) {
            case LANDINGS -> BigDecimal.valueOf(sums.getOrDefault(LANDINGS, 0L));
            case SIGNED_AMOUNT -> DashboardSections.cny(sums.getOrDefault(LANDINGS_FEN, 0L));
            case PROBLEMS_SOLVED -> BigDecimal.valueOf(sums.getOrDefault(CHALLENGES_SOLVED, 0L));
            case VERIFIED_MILESTONES -> BigDecimal.valueOf(sums.getOrDefault(MILESTONES_VERIFIED, 0L));
            case NEW_PROJECTS -> BigDecimal.valueOf(sums.getOrDefault(PROJECTS_REGISTERED, 0L));
            case ACTIVE_COMPANIONS -> BigDecimal.valueOf(sums.getOrDefault(companions("ACTIVE"), 0L));
        };
    }

    private static LocalDate periodStart(LocalDate day, TrendInterval interval) {
        return interval == TrendInterval.MONTH ? day.withDayOfMonth(1)
                : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate next(LocalDate start, TrendInterval interval) {
        return interval == TrendInterval.MONTH ? start.plusMonths(1) : start.plusWeeks(1);
    }

    private static String label(LocalDate start, TrendInterval interval) {
        return interval == TrendInterval.MONTH ? YearMonth.from(start).toString()
                : String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
