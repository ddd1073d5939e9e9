package org.peipao.query.dashboard;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.dashboard.DashboardView;
import org.peipao.query.shared.Destination;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.query.dashboard.DashboardCheckpointsTest.CLOCK;
import static org.peipao.query.dashboard.DashboardCheckpointsTest.EVERY;
import static org.peipao.query.dashboard.DashboardCheckpointsTest.assertAsOfAnswersFromCheckpointsEqualFullReplays;
import static org.peipao.query.dashboard.DashboardCheckpointsTest.documents;
import static org.peipao.query.dashboard.DashboardCheckpointsTest.playedLive;
import static org.peipao.query.dashboard.DashboardCheckpointsTest.projection;
import static org.peipao.query.dashboard.DashboardCheckpointsTest.queries;

/**
 * A dashboard whose documents an earlier version laid out ({@link Checkpoints#LAYOUT}) answers as it did, now and as of
 * its checkpoints, until it is replayed; one fed further events counts as one fed them all. The histories and checks
 * are those of {@link DashboardCheckpointsTest}.
 */
class DashboardLayoutsTest {

    @RegisterExtension
    static final InMemoryMongo server = InMemoryMongo.start();

    @Test
    void aDashboardOfTheFirstLayoutAnswersAsOfItsCheckpointsUntilItIsReplayed() {
        MongoTemplate mongo = server.freshTemplate();
        Destination live = Catalogs.liveDestination(mongo, DashboardProjection.PROCESSING_GROUP);
        Random random = new Random(23);
        EventFeed feed = playedLive(mongo, live, random);
        String marks = live.collection(Checkpoints.MARKS);
        assertThat(Checkpoints.ofEarlierLayout(mongo, marks)).isFalse();

        // as the first layout stored them: each document's kept checkpoints a list of numbers, no layout in the cursor
        long listed = 0;
        for (String logical : List.of(CellTotals.COLLECTION, LeaderTotals.COLLECTION, CompanionDirectory.COLLECTION)) {
            for (Document document : mongo.findAll(Document.class, live.collection(logical))) {
                List<Long> checkpoints = KeptCheckpoints.all(KeptCheckpoints.of(document));
                listed += checkpoints.size();
                document.remove(KeptCheckpoints.FIELD);
                document.put(KeptCheckpoints.LEGACY_FIELD, checkpoints);
                mongo.save(document, live.collection(logical));
            }
        }
        assertThat(listed).as("kept checkpoints listed").isGreaterThan(100);
        storeCountersAsLayoutTwo(mongo, live);
        mongo.updateFirst(new Query(Criteria.where("_id").is("cursor")), new Update().unset("layout"), marks);
        assertThat(Checkpoints.ofEarlierLayout(mongo, marks)).isTrue();

        assertAsOfAnswersFromCheckpointsEqualFullReplays(mongo, live, feed.fed(), random, EVERY);
    }

    @Test
    void aDashboardOfTheSecondLayoutAnswersAsItDidAndAsOfItsCheckpointsUntilItIsReplayed() {
        assertAnswersAsItDidUntilReplayed(31, 2, DashboardLayoutsTest::countersAsLists,
                "cells and past versions rewritten", 100);
    }

    @Test
    void aDashboardOfTheThirdLayoutAnswersAsItDidAndAsOfItsCheckpointsUntilItIsReplayed() {
        assertAnswersAsItDidUntilReplayed(43, 3, DashboardLayoutsTest::countersAsLayoutThree,
                "cells and past versions naming a district rewritten", 10);
    }

    /**
     * A dashboard played live (history of {@code seed}) whose counters {@code rewrite} turns into those of
     * {@code layout} (more than {@code atLeast} documents, as {@code rewritten} says) answers as it did, and as of its
     * checkpoints as a full replay does.
     */
    private static void assertAnswersAsItDidUntilReplayed(long seed, int layout, ToIntFunction<Document> rewrite,
                                                          String rewritten, int atLeast) {
        MongoTemplate mongo = server.freshTemplate();
        Destination live = Catalogs.liveDestination(mongo, DashboardProjection.PROCESSING_GROUP);
        Random random = new Random(seed);
        EventFeed feed = playedLive(mongo, live, random);
        String marks = live.collection(Checkpoints.MARKS);
        LocalDate today = LocalDate.now(CLOCK);
        DashboardReads reads = DashboardReads.of(mongo, live::collection);
        List<DashboardView> before = queries(today).stream()
                .map(query -> DashboardQueries.compute(mongo, reads, query, today, CLOCK.instant())).toList();

        assertThat(rewriteCounters(mongo, live, rewrite)).as(rewritten).isGreaterThan(atLeast);
        mongo.updateFirst(new Query(Criteria.where("_id").is("cursor")), new Update().set("layout", layout), marks);
        assertThat(Checkpoints.ofEarlierLayout(mongo, marks)).isTrue();

        assertThat(queries(today).stream()
                .map(query -> DashboardQueries.compute(mongo, reads, query, today, CLOCK.instant())).toList())
                .isEqualTo(before);
        assertAsOfAnswersFromCheckpointsEqualFullReplays(mongo, live, feed.fed(), random, EVERY);
    }

    @Test
    void aDashboardOfTheSecondLayoutFedFurtherEventsCountsAsOneFedThemAll() {
        MongoTemplate clean = server.freshTemplate();
        Destination cleanLive = Catalogs.liveDestination(clean, DashboardProjection.PROCESSING_GROUP);
        List<TrackedEventMessage<?>> history = playedLive(clean, cleanLive, new Random(37)).fed();

        MongoTemplate mongo = server.freshTemplate();
        Destination live = Catalogs.liveDestination(mongo, DashboardProjection.PROCESSING_GROUP);
        int half = history.size() / 2;
        EventFeed.deliver(projection(mongo, live), history.subList(0, half), 11);
        assertThat(storeCountersAsLayoutTwo(mongo, live)).as("cells and past versions rewritten").isGreaterThan(50);
        EventFeed.deliver(projection(mongo, live), history.subList(half, history.size()), 11);

        for (String logical : List.of(CellTotals.COLLECTION, Checkpoints.history(CellTotals.COLLECTION))) {
            assertThat(countersById(mongo, live.collection(logical))).as(logical)
                    .isEqualTo(countersById(clean, cleanLive.collection(logical)));
        }
    }

    /**
     * Rewrites the counters of the live dashboard's cells, and of their past versions, as layouts 1 and 2 stored them:
     * two arrays, names and values. Returns the number of documents rewritten.
     */
    private static int storeCountersAsLayoutTwo(MongoTemplate mongo, Destination live) {
        return rewriteCounters(mongo, live, DashboardLayoutsTest::countersAsLists);
    }

    /**
     * Rewrites the counters of the live dashboard's cells, and of their past versions, with {@code rewrite}, which
     * answers 1 when it changed a cell. Returns the number of documents rewritten.
     */
    private static int rewriteCounters(MongoTemplate mongo, Destination live, ToIntFunction<Document> rewrite) {
        int rewritten = 0;
        String cells = live.collection(CellTotals.COLLECTION);
        for (Document cell : mongo.findAll(Document.class, cells)) {
            rewritten += rewrite.applyAsInt(cell);
            mongo.save(cell, cells);
        }
        String versions = live.collection(Checkpoints.history(CellTotals.COLLECTION));
        for (Document version : mongo.findAll(Document.class, versions)) {
            rewritten += rewrite.applyAsInt(version.get("state", Document.class));
            mongo.save(version, versions);
        }
        return rewritten;
    }

    /**
     * Writes {@code cell}'s counters, if any, as layout 3 stored them: names as they are, only backslashes and line
     * breaks escaped; 1 if that changed them (a name outside ASCII).
     */
    private static int countersAsLayoutThree(Document cell) {
        if (!cell.containsKey("counters")) {
            return 0;
        }
        StringBuilder layoutThree = new StringBuilder();
        StoredCounters.forEach(cell.getString("counters"), (name, value) -> layoutThree
                .append(layoutThree.isEmpty() ? "" : "\n")
                .append(name.replace("\\", "\\\\").replace("\n", "\\n")).append('=').append(value));
        boolean changed = !layoutThree.toString().equals(cell.getString("counters"));
        cell.put("counters", layoutThree.toString());
        return changed ? 1 : 0;
    }

    /** Replaces {@code cell}'s stored counters, if any, by the two arrays of layout 2 at their place; 1 if it had some. */
    private static int countersAsLists(Document cell) {
        if (!cell.containsKey("counters")) {
            return 0;
        }
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        StoredCounters.forEach(cell.getString("counters"), (name, value) -> {
            names.add(name);
            values.add(value);
        });
        Document asLists = new Document();
        cell.forEach((field, value) -> {
            if (field.equals("counters")) {
                asLists.append("counterNames", names).append("counterValues", values);
            } else {
                asLists.append(field, value);
            }
        });
        cell.clear();
        cell.putAll(asLists);
        return 1;
    }

    /** Each cell's (or past version's) id and counters, in the stored form, as the dashboard's converters read them. */
    private static Map<String, String> countersById(MongoTemplate mongo, String collection) {
        Map<String, String> counters = new TreeMap<>();
        for (Document stored : documents(mongo, collection)) {
            Document cell = stored.containsKey("state") ? stored.get("state", Document.class) : stored;
            counters.put(stored.getString("_id"), mongo.getConverter().read(CellTotals.class, cell).counters);
        }
        return counters;
    }
}
