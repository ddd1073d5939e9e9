package org.peipao.seeds;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/** Random business dates of the 2025 programme, never after its last day. */
final class Dates {

    /** The conference's last day: the seed's history ends here. */
    static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 16);

    private Dates() {
    }

    /** A day from {@code from} to {@code to}, both included (and no later than the last day). */
    static LocalDate between(Random random, LocalDate from, LocalDate to) {
        LocalDate end = to.isAfter(LAST_DAY) ? LAST_DAY : to;
        if (end.isBefore(from)) {
            throw new IllegalStateException("no day from " + from + " to " + end);
        }
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, end) + 1));
    }

    /** A day some days after {@code day}, no later than {@code latest} (nor the last day). */
    static LocalDate after(Random random, LocalDate day, int minDays, int maxDays, LocalDate latest) {
        return between(random, day.plusDays(minDays), min(day.plusDays(maxDays), latest));
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
