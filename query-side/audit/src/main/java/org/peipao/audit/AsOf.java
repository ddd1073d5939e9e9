package org.peipao.audit;

import org.peipao.query.shared.BadParameter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An audit's point in time: an ISO-8601 instant (exact, whatever its offset), or a date, which is the office's day
 * ({@code peipao.zone}, the zone of the clock) and means the end of that day; absent means now.
 */
final class AsOf {

    private AsOf() {
    }

    static Instant parse(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            if (text.length() == 10) {
                return OfficeDays.end(LocalDate.parse(text), clock.getZone()).minusNanos(1);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadParameter("asOf", "must be a date (YYYY-MM-DD) or an ISO-8601 instant (2025-06-01T08:00:00Z)");
        }
    }

    /**
     * As {@link #parse}, for questions that cannot look ahead (the KPIs as of a date): an instant must not be in the
     * future; the office's today (not over yet) means now; a later date is refused.
     */
    static Instant pastOrNow(String text, Clock clock) {
        Instant instant = parse(text, clock);
        Instant now = clock.instant();
        if (!instant.isAfter(now)) {
            return instant;
        }
        if (text.length() != 10 || LocalDate.parse(text).isAfter(LocalDate.ofInstant(now, clock.getZone()))) {
            throw new BadParameter("asOf", "must not be in the future");
        }
        return now;
    }
}
