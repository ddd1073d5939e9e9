package org.peipao.query.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods the dashboard keeps totals for: office days, calendar months, and all time. Any range of days is tiled
 * exactly by the fewest of them ({@link #cover}): whole months, and the days at its ends, so a range of years is read
 * as a few dozen documents however many events it holds.
 */
final class Periods {

    /** The key of the all-time totals. */
    static final String ALL_TIME = "all";

    private Periods() {
    }

    static String day(LocalDate day) {
        return "D" + day;
    }

    static String month(LocalDate day) {
        return "M" + YearMonth.from(day);
    }

    /** The periods a fact of {@code day} counts in: its day, its month and all time. */
    static List<String> containing(LocalDate day) {
        return List.of(day(day), month(day), ALL_TIME);
    }

    /** Whether {@code period} is a single day. */
    static boolean isDay(String period) {
        return period.startsWith("D");
    }

    /** The day periods from {@code from} to {@code to}, both included. */
    static List<String> days(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).map(Periods::day).toList();
    }

    /** The fewest periods whose days are exactly {@code from} to {@code to}, both included; none if from is after to. */
    static List<String> cover(LocalDate from, LocalDate to) {
        List<String> periods = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            if (day.getDayOfMonth() == 1 && !day.plusMonths(1).minusDays(1).isAfter(to)) {
                periods.add(month(day));
                day = day.plusMonths(1);
            } else {
                periods.add(day(day));
                day = day.plusDays(1);
            }
        }
        return periods;
    }
}
