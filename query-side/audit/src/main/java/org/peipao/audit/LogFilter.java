package org.peipao.audit;

import org.peipao.api.MetaDataKeys;
import org.peipao.audit.chain.EventHashes;
import org.peipao.query.shared.BadParameter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * Which events of the global log an auditor asked for: a period (ISO-8601 instants, or dates: the office's days), a
 * type, an actor.
 */
record LogFilter(Instant from, Instant toExclusive, String type, String actor) implements Predicate<StoredEvent> {

    static LogFilter of(String from, String to, String type, String actor, ZoneId office) {
        Instant start = from == null ? null : instant("from", from, false, office);
        Instant end = to == null ? null : instant("to", to, true, office);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadParameter("from", "must be before to");
        }
        return new LogFilter(start, end, blankToNull(type), blankToNull(actor));
    }

    @Override
    public boolean test(StoredEvent event) {
        return (from == null || !event.timestamp().isBefore(from))
                && (toExclusive == null || event.timestamp().isBefore(toExclusive))
                && (type == null || type.equals(event.simpleType()) || type.equals(event.payloadType()))
                && (actor == null || actor.equals(EventHashes.metaData(event.metaData()).get(MetaDataKeys.ACTOR)));
    }

    /** A date means the office's whole day: {@code from} its start, {@code to} its end. */
    private static Instant instant(String parameter, String text, boolean endOfDay, ZoneId office) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? OfficeDays.end(day, office) : OfficeDays.start(day, office);
            }
            Instant instant = Instant.parse(text);
            return endOfDay ? instant.plusNanos(1) : instant;
        } catch (DateTimeParseException e) {
            throw new BadParameter(parameter, "must be a date (YYYY-MM-DD) or an ISO-8601 instant");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
