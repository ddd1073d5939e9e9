package org.peipao.query.dashboard;

import org.peipao.query.shared.BatchWrites;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checkpoints of the dashboard by global position, so that its KPIs as of a past instant start from the nearest
 * checkpoint and replay only the events since ({@link #replay}, {@link AsOfReads}). Checkpoint {@code k} is the
 * dashboard after every event up to global position {@code k × every}: the interval the dashboard began with, stored in
 * its {@link Cursor} ({@code peipao.query.checkpoint-every} when it began, default {@value #EVERY}). They live inside the
 * read model, so they are derived data like the rest of it: a rebuild makes them again and the read-model check
 * compares them.
 * <ul>
 *   <li>A document changed across a checkpoint keeps the state it had there as a {@link PastVersion} in
 *   {@code <collection>_history}, and lists that checkpoint in its own {@code checkpoints}.</li>
 *   <li>A {@link Mark} in {@value #MARKS} records, for a run of checkpoints with no dashboard event between them, the
 *   latest time any event before them was recorded: an as-of instant at or after that time may start there.</li>
 * </ul>
 */
public final class Checkpoints {

    /**
     * The layout of the dashboard's documents that this version writes, stored in its {@link Cursor} when it begins:
     * 1 (no number stored) listed each document's kept checkpoints as numbers, 2 keeps them as a bit set
     * ({@link KeptCheckpoints}), 3 keeps a cell's counters as one string instead of two arrays ({@link StoredCounters}),
     * 4 writes that string in ASCII, other characters escaped. A dashboard of an earlier layout is replayed at start-up
     * ({@code org.peipao.query.rebuild.ReadModelUpgrades}), its documents readable meanwhile.
     */
    public static final int LAYOUT = 4;
    /** Global positions between two checkpoints by default ({@code peipao.query.checkpoint-every}). */
    public static final long EVERY = 5_000;
    public static final String MARKS = "dashboard_checkpoints";
    private static final String CURSOR = "cursor";
    /**
     * The cursor's interval once the dashboard was fed at another interval than it began with (as earlier versions
     * did when the setting changed; {@link DashboardProjection} now keeps the stored one): its checkpoints are unusable,
     * so as-of answers replay from the first event until a rebuild (which starts a fresh cursor).
     */
    static final long MIXED = -1;

    private Checkpoints() {
    }

    /** The logical collection that keeps the past versions of the documents of {@code logical}. */
    static String history(String logical) {
        return logical + "_history";
    }

    /** Whether a checkpoint lies at or after {@code from} and before {@code to}: the state at from was its state. */
    static boolean between(long from, long to, long every) {
        return from >= 0 && firstAtOrAfter(from, every) * every < to;
    }

    static long firstAtOrAfter(long position, long every) {
        return Math.floorDiv(position + every - 1, every);
    }

    /** A run of checkpoints with no dashboard event between them, and when the events before them were recorded. */
    public static class Mark {
        @MongoId(FieldType.STRING)
        public String id;
        public long fromCheckpoint;
        public long toCheckpoint;
        /** The latest time any dashboard event at or before these checkpoints was recorded ({@code null}: none). */
        public Instant lastRecordedAt;
        /** The global position of the first event after these checkpoints (it closed the run). */
        public long lastEventIndex;
    }

    /** Where the marks stand: the last dashboard event handled and the latest recording time so far. */
    public static class Cursor {
        @MongoId(FieldType.STRING)
        public String id = CURSOR;
        /** The interval of this dashboard's checkpoints; {@link #MIXED} when its marks mix two (left by earlier versions). */
        public long every;
        public Instant lastRecordedAt;
        public long lastEventIndex = -1;
        /** The {@linkplain #LAYOUT layout} of the documents this dashboard began with; 0 (absent) for the first one. */
        public int layout;
    }

    /** The stored cursor of the marks collection {@code marks}; {@code null} before the dashboard's first event. */
    static Cursor cursor(MongoTemplate mongo, String marks) {
        return mongo.findById(CURSOR, Cursor.class, marks);
    }

    /** The interval a stored cursor holds, if usable ({@code cursor} may be {@code null}); see {@link #storedEvery}. */
    static Optional<Long> everyOf(Cursor cursor) {
        return cursor == null || cursor.every <= 0 ? Optional.empty() : Optional.of(cursor.every);
    }

    /**
     * Whether the dashboard whose marks are in {@code marks} was begun by an earlier version whose documents have
     * another {@linkplain #LAYOUT layout} (it must be replayed to be compared with a rebuild); {@code false} when empty.
     */
    public static boolean ofEarlierLayout(MongoTemplate mongo, String marks) {
        Cursor cursor = cursor(mongo, marks);
        return cursor != null && cursor.layout < LAYOUT;
    }

    /** A checkpoint: its global position, and the positions between two checkpoints of its read model. */
    public record At(long position, long every) {
    }

    /**
     * The interval of the checkpoints of the dashboard whose marks are in {@code marks}, as it stored it when it began
     * them: a dashboard keeps that interval until it is rebuilt, whatever the setting says meanwhile. Empty when it has
     * none (it is empty, or was built before checkpoints) or when its marks mix two intervals (an earlier version of
     * this class followed a changed setting without a rebuild).
     */
    public static Optional<Long> storedEvery(MongoTemplate mongo, String marks) {
        return everyOf(cursor(mongo, marks));
    }

    /**
     * Where a replay for an answer as of a past instant may start, and by which position it has passed every event it
     * needs, read from the marks collection {@code marks} at once (its cursor and its marks, two look-ups).
     *
     * @param start  the latest checkpoint whose events were all recorded at or before the instant, at the interval the
     *               dashboard stored ({@link #storedEvery}); empty when it has no usable checkpoint (none stored, or
     *               marks mixing two intervals): then the replay starts from the first event
     * @param stopBy a global position at or before which the dashboard has an event recorded after the replay's stop
     *               instant: the first checkpoint of the earliest mark whose events before it include one recorded
     *               after that instant ({@link Mark#lastRecordedAt}). A replay from {@code start} that stops at the
     *               first event recorded after the stop instant handles no event past it. Empty when no mark shows one
     *               (every event before the last checkpoint was recorded by then) or there is no usable checkpoint
     */
    public record Replay(Optional<At> start, OptionalLong stopBy) {
    }

    /**
     * The {@link Replay} of an answer as of {@code asOf} whose replay stops at the first event recorded after
     * {@code stopAfter} (at or after {@code asOf}: the instant plus the commit skew), from the marks collection
     * {@code marks}.
     */
    public static Replay replay(MongoTemplate mongo, String marks, Instant asOf, Instant stopAfter) {
        Optional<Long> every = storedEvery(mongo, marks);
        if (every.isEmpty()) {
            return new Replay(Optional.empty(), OptionalLong.empty());
        }
        long interval = every.get();
        List<Mark> all = mongo.find(new Query(Criteria.where("_id").ne(CURSOR)), Mark.class, marks);
        Optional<At> start = all.stream()
                .filter(mark -> mark.lastRecordedAt == null || !mark.lastRecordedAt.isAfter(asOf))
                .max(Comparator.comparingLong(mark -> mark.toCheckpoint))
                .map(mark -> new At(mark.toCheckpoint * interval, interval));
        OptionalLong stopBy = all.stream()
                .filter(mark -> mark.lastRecordedAt != null && mark.lastRecordedAt.isAfter(stopAfter))
                .mapToLong(mark -> mark.fromCheckpoint * interval)
                .min();
        return new Replay(start, stopBy);
    }

    /** Follows the dashboard's events and writes a mark whenever one passes checkpoints, a batch at a time. */
    static final class Marks implements BatchWrites.Pending {
        private final MongoTemplate mongo;
        private final String collection;
        private final long every;
        private final List<Mark> added = new ArrayList<>();
        private Cursor cursor;

        private Marks(MongoTemplate mongo, String collection, long every) {
            this.mongo = mongo;
            this.collection = collection;
            this.every = every;
        }

        /** Records that the dashboard handled the event at {@code position}, recorded at {@code at}. */
        static void handled(MongoTemplate mongo, String collection, long every, long position, Instant at) {
            Marks batch = BatchWrites.atEnd("marks:" + collection, () -> new Marks(mongo, collection, every));
            Marks marks = batch != null ? batch : new Marks(mongo, collection, every);
            marks.handled(position, at);
            if (batch == null) {
                marks.write();
            }
        }

        private void handled(long position, Instant at) {
            if (cursor == null) {
                cursor = Optional.ofNullable(cursor(mongo, collection)).orElseGet(() -> {
                    Cursor fresh = new Cursor();
                    fresh.every = every;
                    fresh.layout = LAYOUT;
                    return fresh;
                });
                if (cursor.every != every) {
                    // fed at another interval than it began with (DashboardProjection keeps the stored one): from
                    // here on its marks and versions mix two intervals
                    cursor.every = MIXED;
                }
            }
            if (position <= cursor.lastEventIndex) {
                return; // delivered again
            }
            long after = Math.max(cursor.lastEventIndex, 0); // before the first event: the empty dashboard at 0
            if (between(after, position, every)) {
                Mark mark = new Mark();
                mark.fromCheckpoint = firstAtOrAfter(after, every);
                mark.toCheckpoint = Math.floorDiv(position - 1, every);
                mark.id = "k" + mark.fromCheckpoint;
                mark.lastRecordedAt = cursor.lastRecordedAt;
                mark.lastEventIndex = position;
                added.add(mark);
            }
            cursor.lastEventIndex = position;
            cursor.lastRecordedAt = cursor.lastRecordedAt == null || at.isAfter(cursor.lastRecordedAt)
                    ? at : cursor.lastRecordedAt;
        }

        @Override
        public void write() {
            if (cursor == null) {
                return;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            added.forEach(mark -> bulk.replaceOne(new Query(Criteria.where("_id").is(mark.id)), mark,
                    FindAndReplaceOptions.options().upsert()));
            bulk.replaceOne(new Query(Criteria.where("_id").is(CURSOR)), cursor, FindAndReplaceOptions.options().upsert());
            bulk.execute();
        }
    }
}
