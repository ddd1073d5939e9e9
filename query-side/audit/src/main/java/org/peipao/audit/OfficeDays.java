package org.peipao.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A date-only parameter is the office's day: it begins and ends at midnight in the office's zone. */
final class OfficeDays {

    private OfficeDays() {
    }

    static Instant start(LocalDate day, ZoneId office) {
        return day.atStartOfDay(office).toInstant();
    }

    /** The first instant after the day. */
    static Instant end(LocalDate day, ZoneId office) {
        return day.plusDays(1).atStartOfDay(office).toInstant();
    }
}
