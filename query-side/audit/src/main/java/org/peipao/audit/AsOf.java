package org.peipao.audit;

import org.peipao.query.shared.BadParameter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** An audit's point in time: an ISO instant, or a date meaning the end of that day (UTC); absent means now. */
final class AsOf {

    private AsOf() {
    }

    static Instant parse(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadParameter("asOf", "must be a date (YYYY-MM-DD) or an ISO-8601 instant (2025-06-01T08:00:00Z)");
        }
    }

    /**
     * As {@link #parse}, for questions that cannot look ahead (the KPIs as of a date): an instant must not be in the
     * future; a date not over yet, up to the office's today, means now; a later date is refused.
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
