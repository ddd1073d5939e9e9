package org.peipao.query.dashboard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodsTest {

    @Test
    void aRangeIsTiledByWholeMonthsAndTheDaysAtItsEnds() {
        assertThat(Periods.cover(LocalDate.parse("2024-12-30"), LocalDate.parse("2025-03-02"))).containsExactly(
                "D2024-12-30", "D2024-12-31", "M2025-01", "M2025-02", "D2025-03-01", "D2025-03-02");
        assertThat(Periods.cover(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"))).containsExactly("M2025-03");
        assertThat(Periods.cover(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29"))).containsExactly("M2024-02");
        assertThat(Periods.cover(LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-05"))).containsExactly("D2025-03-05");
        assertThat(Periods.cover(LocalDate.parse("2025-03-06"), LocalDate.parse("2025-03-05"))).isEmpty();
    }

    @Test
    void everyDayOfARandomRangeIsInExactlyOnePeriodOfItsCover() {
        Random random = new Random(14);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2_500));
            LocalDate to = from.plusDays(random.nextInt(1_200));
            List<LocalDate> covered = new ArrayList<>();
            List<String> periods = Periods.cover(from, to);
            periods.forEach(period -> covered.addAll(days(period)));
            assertThat(covered).as("%s..%s", from, to).isEqualTo(from.datesUntil(to.plusDays(1)).toList());
            assertThat(periods.size()).as("at most 2 runs of days and the months between").isLessThanOrEqualTo(
                    30 + 30 + (to.getYear() - from.getYear() + 1) * 12);
        }
    }

    @Test
    void aFactCountsInItsDayItsMonthAndAllTime() {
        assertThat(Periods.containing(LocalDate.parse("2025-07-01")))
                .containsExactly("D2025-07-01", "M2025-07", Periods.ALL_TIME);
    }

    private static List<LocalDate> days(String period) {
        String value = period.substring(1);
        return switch (period.charAt(0)) {
            case 'D' -> List.of(LocalDate.parse(value));
            case 'M' -> YearMonth.parse(value).atDay(1).datesUntil(YearMonth.parse(value).plusMonths(1).atDay(1)).toList();
            default -> throw new IllegalArgumentException(period);
        };
    }
}
