package org.peipao.query.dashboard;

import org.peipao.api.dashboard.FindTrendQuery;
import org.peipao.api.dashboard.TrendInterval;
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

    static TrendView of(FindTrendQuery query, LocalDate to, CellSums all) {
        TrendInterval interval = query.interval() == null ? TrendInterval.MONTH : query.interval();
        LocalDate from = query.from() != null ? query.from()
                : interval == TrendInterval.MONTH ? to.minusMonths(11).withDayOfMonth(1) : to.minusWeeks(11);
        List<TrendView.Point> points = new ArrayList<>();
        for (LocalDate start = periodStart(from, interval); !start.isAfter(to); start = next(start, interval)) {
            LocalDate end = min(next(start, interval).minusDays(1), to);
            LocalDate first = max(start, from);
            points.add(new TrendView.Point(label(start, interval), value(query, all, first, end)));
        }
        return new TrendView(query.metric().apiName(), interval.name().toLowerCase(), points);
    }

    private static BigDecimal value(FindTrendQuery query, CellSums all, LocalDate first, LocalDate last) {
        return switch (query.metric()) {
            case LANDINGS -> BigDecimal.valueOf(sum(all, LANDINGS, first, last));
            case SIGNED_AMOUNT -> DashboardSections.cny(sum(all, LANDINGS_FEN, first, last));
            case PROBLEMS_SOLVED -> BigDecimal.valueOf(sum(all, CHALLENGES_SOLVED, first, last));
            case VERIFIED_MILESTONES -> BigDecimal.valueOf(sum(all, MILESTONES_VERIFIED, first, last));
            case NEW_PROJECTS -> BigDecimal.valueOf(sum(all, PROJECTS_REGISTERED, first, last));
            case ACTIVE_COMPANIONS -> BigDecimal.valueOf(sum(all, companions("ACTIVE"), null, last));
        };
    }

    /** The counter summed over the days from {@code first} ({@code null}: the beginning) to {@code last}. */
    private static long sum(CellSums all, String counter, LocalDate first, LocalDate last) {
        Map<String, Map<String, Long>> days = first == null
                ? all.byDay().headMap(last.toString(), true)
                : all.byDay().subMap(first.toString(), true, last.toString(), true);
        return days.values().stream().mapToLong(day -> day.getOrDefault(counter, 0L)).sum();
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
