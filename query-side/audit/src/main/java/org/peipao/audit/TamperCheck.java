package org.peipao.audit;

import org.peipao.audit.chain.EventChain;
import org.peipao.audit.chain.EventHashes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Recomputes every stream's hash chain from the stored rows and compares it with the links recorded when the
 * events were stored. It names each event that was altered, deleted, reordered or stored outside the
 * application, and digests all stream heads into one value that can be published elsewhere.
 */
@Component
class TamperCheck {

    private static final int MAX_REPORTED = 1000;
    private static final long NOT_AT_HEAD = -1;

    /** Events read per page of a full check: about 1.5 MB of rows at the benchmark's 750 bytes per event. */
    static final int PAGE = 2_000;

    private final EventLog log;
    private final JdbcTemplate jdbc;
    private final int page;

    @Autowired
    TamperCheck(EventLog log, JdbcTemplate jdbc) {
        this(log, jdbc, PAGE);
    }

    /** Reads {@code page} events per page of a full check (at least 1). */
    TamperCheck(EventLog log, JdbcTemplate jdbc, int page) {
        this.log = log;
        this.jdbc = jdbc;
        this.page = Math.max(1, page);
        EventChain.createTable(jdbc); // a reading process may start on the database before any writing one
    }

    /**
     * What the check found wrong with one event, or with the whole log ({@code aggregateId} and {@code sequence}
     * {@code null}: events removed or added below a head an earlier run verified, see {@link #countChanged}).
     */
    record Problem(String aggregateId, Long sequence, Long globalPosition, String problem, String detail) {
    }

    record Outcome(String status, long checkedEvents, long streams, String digest, List<Problem> problems) {

        /** This outcome with {@code problem} first among its problems, and so {@code BROKEN}. */
        Outcome withFirst(Problem problem) {
            List<Problem> all = new ArrayList<>(problems.size() + 1);
            all.add(problem);
            all.addAll(problems);
            return new Outcome("BROKEN", checkedEvents, streams, digest, List.copyOf(all));
        }
    }

    /**
     * The problem of a log that holds {@code now} events at or before {@code position}, where an earlier run counted
     * {@code then}: {@code EVENTS_REMOVED} or {@code EVENTS_ADDED} behind the application (events are appended in the
     * order of their positions, so no legitimate write lands at or below a head once it has been read).
     */
    static Problem countChanged(long position, long then, long now, String runId) {
        return new Problem(null, null, position, now < then ? "EVENTS_REMOVED" : "EVENTS_ADDED",
                "run " + runId + " counted " + then + " events at or before position " + position + "; the log holds "
                        + now + " there now. A full verification names the streams concerned");
    }

    /**
     * Events stored while the check runs are left out: the check covers the log up to the head it saw first
     * (events commit in the order of their positions, and an event commits together with its link).
     */
    Outcome run() {
        return run(head(), checked -> { });
    }

    /** The global position of the last stored event (0 when there is none). */
    long head() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class);
    }

    /** How many stored events are at or before {@code head}. */
    long count(long head) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE globalIndex <= ?", Long.class, head);
    }

    /**
     * Checks the log up to global position {@code head}, stream by stream in the store's order of stream ids, a page
     * of {@link #page} events at a time (three queries per page: the events, the links and the ids of both tables over
     * one range of stream ids); {@code progress} hears the number of events checked so far after each stream.
     */
    Outcome run(long head, LongConsumer progress) {
        MessageDigest heads = sha256();
        List<Problem> problems = new ArrayList<>();
        long events = 0;
        long streams = 0;
        String after = "";
        while (after != null) {
            List<StoredEvent> read = log.streamsAfter(after, page);
            Map<String, List<StoredEvent>> rows = new LinkedHashMap<>();
            read.forEach(row -> rows.computeIfAbsent(row.aggregateId(), id -> new ArrayList<>()).add(row));
            String upTo = null; // the last stream read whole (null: the page reached the end of the log)
            if (read.size() >= page) {
                String cut = read.get(read.size() - 1).aggregateId();
                if (rows.size() == 1) { // one stream fills the page: read it whole
                    rows.put(cut, log.stream(cut));
                    upTo = cut;
                } else { // the next page begins with it
                    rows.remove(cut);
                    upTo = List.copyOf(rows.keySet()).get(rows.size() - 1);
                }
            }
            Map<String, Map<Long, String>> links = links(after, upTo);
            for (String id : log.aggregateIds(after, upTo, EventChain.TABLE)) {
                long checked = check(id, rows.getOrDefault(id, List.of()), links.getOrDefault(id, new TreeMap<>()),
                        head, heads, problems);
                if (checked >= 0) {
                    events += checked;
                    streams++;
                    progress.accept(events);
                }
            }
            after = upTo;
        }
        return new Outcome(problems.isEmpty() ? "OK" : "BROKEN", events, streams,
                HexFormat.of().formatHex(heads.digest()), problems);
    }

    /** The chain's links of the streams after {@code after} up to {@code upTo} (null: to the last), by stream. */
    private Map<String, Map<Long, String>> links(String after, String upTo) {
        Map<String, Map<Long, String>> links = new HashMap<>();
        RowCallbackHandler link = rs -> links.computeIfAbsent(rs.getString(1), id -> new TreeMap<>())
                .put(rs.getLong(2), rs.getString(3));
        String select = "SELECT aggregate_id, sequence_number, hash FROM " + EventChain.TABLE + " WHERE aggregate_id > ?";
        if (upTo == null) {
            jdbc.query(select, link, after);
        } else {
            jdbc.query(select + " AND aggregate_id <= ?", link, after, upTo);
        }
        return links;
    }

    /**
     * Checks one stream up to the head, given the rows read with its page and its links read after them; answers how
     * many of its events were checked, or {@link #NOT_AT_HEAD}. A link with no row among those read (an event stored
     * after the page was read, or a deleted one) has the stream read again as it is now: an event is stored together
     * with its link, so a new one shows there, past the head.
     */
    private long check(String aggregateId, List<StoredEvent> read, Map<Long, String> links, long head,
                       MessageDigest heads, List<Problem> problems) {
        Set<Long> sequences = new HashSet<>();
        read.forEach(row -> sequences.add(row.sequence()));
        List<StoredEvent> stored = sequences.containsAll(links.keySet()) ? read : log.stream(aggregateId);
        List<StoredEvent> rows = new ArrayList<>();
        for (StoredEvent row : stored) {
            if (row.globalPosition() <= head) {
                rows.add(row);
            } else {
                links.remove(row.sequence());
            }
        }
        if (rows.isEmpty() && links.isEmpty()) {
            return NOT_AT_HEAD; // a stream begun after the head: neither counted nor digested
        }
        String previous = EventHashes.GENESIS;
        long expected = 0;
        for (StoredEvent row : rows) {
            for (; expected < row.sequence(); expected++) {
                report(problems, new Problem(aggregateId, expected, null, links.containsKey(expected) ? "DELETED"
                        : "SEQUENCE_GAP", "the stream has no event at this sequence"));
                previous = links.getOrDefault(expected, previous);
            }
            String recomputed = EventHashes.hash(previous, row.payloadType(), row.revision(), row.sequence(),
                    row.timestamp(), row.payload(), EventHashes.metaData(row.metaData()));
            String recorded = links.get(row.sequence());
            if (recorded == null) {
                report(problems, new Problem(aggregateId, row.sequence(), row.globalPosition(), "NOT_CHAINED",
                        "the event was not stored through the application"));
            } else if (!recorded.equals(recomputed)) {
                report(problems, new Problem(aggregateId, row.sequence(), row.globalPosition(), "ALTERED",
                        "the stored event (or the link before it) does not match the hash recorded when it was stored"));
            }
            previous = recorded != null ? recorded : recomputed;
            expected = row.sequence() + 1;
        }
        for (Map.Entry<Long, String> link : links.entrySet()) {
            if (link.getKey() >= expected) {
                report(problems, new Problem(aggregateId, link.getKey(), null, "DELETED",
                        "the event recorded at this sequence is no longer stored"));
                previous = link.getValue();
            }
        }
        heads.update((aggregateId + ":" + previous + "\n").getBytes(StandardCharsets.UTF_8));
        return rows.size();
    }

    /**
     * Checks the links of the events after {@code after} up to {@code head} only, in order of position: each event's
     * recorded link against its recomputation from the row and the link recorded before it. It names events
     * {@code ALTERED} or {@code NOT_CHAINED}; deletions and gaps among earlier events are left to a full check (or a
     * receipt's check). The outcome has no stream-head {@code digest}: it answers the {@link LogDigest} at
     * {@code head} instead, extended from {@code digestAtAfter}.
     */
    Since runSince(long after, long head, String digestAtAfter, LongConsumer progress) {
        List<Problem> problems = new ArrayList<>();
        long[] events = {0};
        java.util.Set<String> streams = new java.util.HashSet<>();
        String[] digest = {digestAtAfter};
        boolean[] past = {false};
        log.scan(after, row -> {
            if (row.globalPosition() > head) {
                past[0] = true;
                return;
            }
            String previous = row.sequence() == 0 ? EventHashes.GENESIS : link(row.aggregateId(), row.sequence() - 1);
            String recorded = link(row.aggregateId(), row.sequence());
            String recomputed = EventHashes.hash(previous == null ? EventHashes.GENESIS : previous, row.payloadType(),
                    row.revision(), row.sequence(), row.timestamp(), row.payload(), EventHashes.metaData(row.metaData()));
            if (recorded == null) {
                report(problems, new Problem(row.aggregateId(), row.sequence(), row.globalPosition(), "NOT_CHAINED",
                        "the event was not stored through the application"));
            } else if (!recorded.equals(recomputed)) {
                report(problems, new Problem(row.aggregateId(), row.sequence(), row.globalPosition(), "ALTERED",
                        "the stored event (or the link before it) does not match the hash recorded when it was stored"));
            }
            digest[0] = LogDigest.next(digest[0], row);
            streams.add(row.aggregateId());
            progress.accept(++events[0]);
        }, () -> past[0]);
        return new Since(new Outcome(problems.isEmpty() ? "OK" : "BROKEN", events[0], streams.size(), null, problems),
                digest[0]);
    }

    /** An incremental check's outcome and the {@link LogDigest} at its head. */
    record Since(Outcome eventLog, String logDigest) {
    }

    private String link(String aggregateId, long sequence) {
        return jdbc.queryForList("SELECT hash FROM " + EventChain.TABLE + " WHERE aggregate_id = ? AND sequence_number = ?",
                String.class, aggregateId, sequence).stream().findFirst().orElse(null);
    }

    private static void report(List<Problem> problems, Problem problem) {
        if (problems.size() < MAX_REPORTED) {
            problems.add(problem);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
