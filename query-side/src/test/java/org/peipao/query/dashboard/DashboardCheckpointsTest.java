package org.peipao.query.dashboard;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.query.shared.CopyDestination;
import org.peipao.query.shared.Destination;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * KPIs as of a past instant from the nearest checkpoint equal those of a full replay of the events recorded by then,
 * at random instants over a generated history: companions registered, renamed and suspended, projects, landings,
 * milestones logged and verified, challenges solved, some dated in the future; the live read model built in batches
 * that straddle checkpoints, as its processor builds it.
 */
class DashboardCheckpointsTest {

    static final long EVERY = 7;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-16T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<IndustryDomain> DOMAINS = List.of(IndustryDomain.AI, IndustryDomain.NEW_MATERIALS);
    private static final List<CompanionKind> KINDS = List.of(CompanionKind.TECH_BROKER,
            CompanionKind.INCUBATOR_MANAGER, CompanionKind.INVESTMENT_MANAGER);

    @RegisterExtension
    static final InMemoryMongo server = InMemoryMongo.start();

    @Test
    void theKpisAsOfAnInstantFromACheckpointEqualAFullReplay() {
        MongoTemplate mongo = server.freshTemplate();
        Destination live = Catalogs.liveDestination(mongo, DashboardProjection.PROCESSING_GROUP);
        Random random = new Random(13);
        EventFeed feed = playedLive(mongo, live, random);
        assertAsOfAnswersFromCheckpointsEqualFullReplays(mongo, live, feed.fed(), random, EVERY);
    }

    @Test
    void aDashboardKeepsTheIntervalItBeganWithUntilItIsReplayed() {
        MongoTemplate mongo = server.freshTemplate();
        Random random = new Random(17);
        EventFeed generated = new EventFeed(new Object()); // only makes the events
        play(generated, random);
        List<TrackedEventMessage<?>> history = generated.fed();
        Destination live = Catalogs.liveDestination(mongo, DashboardProjection.PROCESSING_GROUP);
        String marks = live.collection(Checkpoints.MARKS);

        // built at 7; the server then restarts with the setting changed to 11, and the dashboard goes on at 7
        EventFeed.deliver(new DashboardProjection(mongo, CLOCK, live, DashboardReads.of(mongo, live::collection), EVERY),
                history.subList(0, history.size() / 2), 11);
        DashboardProjection restarted = new DashboardProjection(mongo, CLOCK, live,
                DashboardReads.of(mongo, live::collection), EVERY + 4);
        EventFeed.deliver(restarted, history.subList(history.size() / 2, history.size()), 11);
        assertThat(Checkpoints.storedEvery(mongo, marks)).contains(EVERY);
        assertAsOfAnswersFromCheckpointsEqualFullReplays(mongo, live, history, random, EVERY);

        // a replay starts afresh (into fresh collections) at the setting
        restarted.reset();
        EventFeed.deliver(restarted, history, 11);
        assertThat(Checkpoints.storedEvery(mongo, live.collection(Checkpoints.MARKS))).contains(EVERY + 4);
        assertAsOfAnswersFromCheckpointsEqualFullReplays(mongo, live, history, random, EVERY + 4);
    }

    @Test
    void aDashboardFollowsTheIntervalOfAReplayAnotherProcessMade() {
        MongoTemplate mongo = server.freshTemplate();
        EventFeed generated = new EventFeed(new Object()); // only makes the events
        play(generated, new Random(19));
        List<TrackedEventMessage<?>> history = generated.fed();
        int third = history.size() / 3;
        Destination live = Catalogs.liveDestination(mongo, DashboardProjection.PROCESSING_GROUP);

        // this process builds at 7 and stops; another, set to 11, replays the dashboard and goes on
        DashboardProjection here = new DashboardProjection(mongo, CLOCK, live, DashboardReads.of(mongo, live::collection),
                EVERY);
        EventFeed.deliver(here, history.subList(0, third), 11);
        DashboardProjection other = new DashboardProjection(mongo, CLOCK, live,
                DashboardReads.of(mongo, live::collection), EVERY + 4);
        other.reset();
        EventFeed.deliver(other, history.subList(0, 2 * third), 11);
        // this process holds the processor again: it goes on at the interval the replay stored
        EventFeed.deliver(here, history.subList(2 * third, history.size()), 11);

        assertThat(Checkpoints.storedEvery(mongo, live.collection(Checkpoints.MARKS))).contains(EVERY + 4);
        assertAsOfAnswersFromCheckpointsEqualFullReplays(mongo, live, history, new Random(19), EVERY + 4);
    }

    @Test
    void checkpointsThatMixTwoIntervalsAreNotUsed() {
        MongoTemplate mongo = server.freshTemplate();
        Destination live = Catalogs.liveDestination(mongo, DashboardProjection.PROCESSING_GROUP);
        EventFeed feed = playedLive(mongo, live, new Random(13));
        Instant after = feed.fed().get(feed.fed().size() - 1).getTimestamp();
        String marks = live.collection(Checkpoints.MARKS);
        assertThat(Checkpoints.replay(mongo, marks, after, after).start()).isPresent();

        // as an earlier version left a dashboard fed at a changed setting: its marks and versions mix two intervals
        Checkpoints.Cursor cursor = mongo.findById("cursor", Checkpoints.Cursor.class, marks);
        cursor.every = Checkpoints.MIXED;
        mongo.save(cursor, marks);
        assertThat(Checkpoints.storedEvery(mongo, marks)).isEmpty();
        assertThat(Checkpoints.replay(mongo, marks, after, after)).isEqualTo(
                new Checkpoints.Replay(Optional.empty(), OptionalLong.empty()));
    }

    @Test
    void aBatchDeliveredAgainAfterItsPastVersionsWereStoredKeepsTheSameVersions() {
        MongoTemplate clean = server.freshTemplate();
        Destination cleanLive = Catalogs.liveDestination(clean, DashboardProjection.PROCESSING_GROUP);
        List<TrackedEventMessage<?>> history = playedLive(clean, cleanLive, new Random(29)).fed();

        MongoTemplate mongo = server.freshTemplate();
        Destination live = Catalogs.liveDestination(mongo, DashboardProjection.PROCESSING_GROUP);
        String cells = live.collection(CellTotals.COLLECTION);
        String versions = live.collection(Checkpoints.history(CellTotals.COLLECTION));
        MongoTemplate cellsFail = new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter()) {
            @Override
            public BulkOperations bulkOps(BulkOperations.BulkMode mode, Class<?> type, String collection) {
                if (collection.equals(cells)) {
                    throw new IllegalStateException("the process died before the cells were written");
                }
                return super.bulkOps(mode, type, collection);
            }
        };
        int half = history.size() / 2;
        EventFeed.deliver(projection(mongo, live), history.subList(0, half), 11);
        long versionsBefore = mongo.getCollection(versions).countDocuments();
        assertThatThrownBy(() -> EventFeed.deliver(projection(cellsFail, live), history.subList(half, half + 11), 11))
                .hasRootCauseMessage("the process died before the cells were written");
        assertThat(mongo.getCollection(versions).countDocuments()).as("the batch's versions, stored before its cells")
                .isGreaterThan(versionsBefore);

        EventFeed.deliver(projection(mongo, live), history.subList(half, history.size()), 11);

        for (String collection : DashboardProjection.COLLECTIONS) {
            assertThat(documents(mongo, live.collection(collection))).as(collection)
                    .isEqualTo(documents(clean, cleanLive.collection(collection)));
        }
    }

    static DashboardProjection projection(MongoTemplate mongo, Destination live) {
        return new DashboardProjection(mongo, CLOCK, live, DashboardReads.of(mongo, live::collection), EVERY);
    }

    static List<Document> documents(MongoTemplate mongo, String collection) {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, collection);
    }

    /**
     * At random instants over {@code history}, the KPIs from the live dashboard's latest checkpoint before the instant
     * (at {@code every}) plus the events since, applied to the cells each query reads alone, equal those of a full
     * replay of the events recorded by then; the marks bound how far such a replay goes
     * ({@link Checkpoints.Replay#stopBy}); and the answers' scratch copies keep no past version.
     */
    static void assertAsOfAnswersFromCheckpointsEqualFullReplays(MongoTemplate mongo, Destination live,
                                                                List<TrackedEventMessage<?>> history,
                                                                Random random, long every) {
        Instant first = history.get(0).getTimestamp();
        Instant last = history.get(history.size() - 1).getTimestamp();
        int fromCheckpoints = 0;
        int bounded = 0;
        long versionsInScratch = 0;
        for (int i = 0; i < 12; i++) {
            Instant asOf = first.plusSeconds(random.nextLong(last.getEpochSecond() - first.getEpochSecond() + 120) - 60);
            List<TrackedEventMessage<?>> recorded = history.stream().filter(e -> !e.getTimestamp().isAfter(asOf)).toList();

            CopyDestination full = CopyDestination.fresh(mongo, "full");
            DashboardReads fullReads = DashboardReads.of(mongo, full::collection);
            EventFeed.deliver(new DashboardProjection(mongo, CLOCK, full, fullReads, EVERY), recorded, 50);

            Checkpoints.Replay replay = Checkpoints.replay(mongo, live.collection(Checkpoints.MARKS), asOf, asOf);
            Optional<Checkpoints.At> at = replay.start();
            at.ifPresent(a -> assertThat(a.every()).isEqualTo(every));
            long after = at.map(Checkpoints.At::position).orElse(-1L);
            List<TrackedEventMessage<?>> since = recorded.stream()
                    .filter(e -> e.trackingToken().position().orElseThrow() > after).toList();
            if (at.isPresent() && since.size() < recorded.size()) {
                fromCheckpoints++;
                assertThat(since.size()).as("events replayed after the checkpoint").isLessThan((int) every + 1);
            }
            OptionalLong end = replay.stopBy();
            if (end.isPresent()) {
                bounded++;
                assertThat(history).as("an event after %d, at or before %d, recorded after %s", after, end.getAsLong(),
                        asOf).anyMatch(e -> e.trackingToken().position().orElseThrow() > after
                                && e.trackingToken().position().orElseThrow() <= end.getAsLong()
                                && e.getTimestamp().isAfter(asOf));
                // this history is recorded in order of position: the next checkpoint bounds the replay
                assertThat(end.getAsLong() - after).as("positions the marks let an answer replay")
                        .isLessThanOrEqualTo(every);
            }
            // an answer's replay stops later than its instant (the commit skew): the bound follows that instant
            Instant stopAfter = asOf.plusSeconds(60);
            Checkpoints.Replay skewed = Checkpoints.replay(mongo, live.collection(Checkpoints.MARKS), asOf, stopAfter);
            assertThat(skewed.start()).isEqualTo(at);
            skewed.stopBy().ifPresent(by -> assertThat(history)
                    .as("an event after %d, at or before %d, recorded after %s", after, by, stopAfter)
                    .anyMatch(e -> e.trackingToken().position().orElseThrow() > after
                            && e.trackingToken().position().orElseThrow() <= by
                            && e.getTimestamp().isAfter(stopAfter)));

            LocalDate day = LocalDate.ofInstant(asOf, CLOCK.getZone());
            for (FindDashboardQuery query : queries(day)) {
                // as the auditor's answer is made: a scratch copy over the checkpoint, only the cells the query reads
                CopyDestination scratch = CopyDestination.scratch(mongo, "asof");
                DashboardReads checkpointReads = at
                        .<DashboardReads>map(a -> new AsOfReads(mongo, scratch::collection, live::collection,
                                a.position(), a.every()))
                        .orElseGet(() -> DashboardReads.of(mongo, scratch::collection));
                EventFeed.deliver(DashboardProjection.forAnswer(mongo, CLOCK, scratch, checkpointReads, every, query),
                        since, 5);
                DashboardView expected = DashboardQueries.compute(mongo, fullReads, query, day, asOf);
                DashboardView actual = DashboardQueries.compute(mongo, checkpointReads, query, day, asOf);
                assertThat(actual).as("as of %s, %s", asOf, query).isEqualTo(expected);
                for (String logical : List.of(CellTotals.COLLECTION, LeaderTotals.COLLECTION,
                        CompanionDirectory.COLLECTION)) {
                    String versions = scratch.collection(Checkpoints.history(logical));
                    versionsInScratch += mongo.collectionExists(versions)
                            ? mongo.getCollection(versions).countDocuments() : 0;
                }
                scratch.discard(DashboardProjection.COLLECTIONS);
            }
            full.discard(DashboardProjection.COLLECTIONS);
        }
        assertThat(fromCheckpoints).as("answers that started from a checkpoint").isGreaterThan(8);
        assertThat(bounded).as("answers whose replay the marks bound").isGreaterThan(8);
        assertThat(versionsInScratch).as("past versions an answer's scratch copy kept (no one reads them)").isZero();
    }

    /** The live dashboard, checkpoints every {@value #EVERY} positions, fed the generated history in batches of 11. */
    static EventFeed playedLive(MongoTemplate mongo, Destination live, Random random) {
        EventFeed feed = new EventFeed(new DashboardProjection(mongo, CLOCK, live,
                DashboardReads.of(mongo, live::collection), EVERY)).inBatchesOf(11);
        play(feed, random);
        feed.endBatch();
        return feed;
    }

    static List<FindDashboardQuery> queries(LocalDate day) {
        return List.of(new FindDashboardQuery(null, day, null, null, null, null),
                new FindDashboardQuery(null, day, IndustryDomain.AI, null, CompanionKind.TECH_BROKER, "GEEC"),
                new FindDashboardQuery(LocalDate.parse("2025-01-01"), day, null, "巴南区", null, null),
                new FindDashboardQuery(null, LocalDate.parse("2025-06-30"), null, null, CompanionKind.INVESTMENT_MANAGER,
                        null));
    }

    private static void play(EventFeed feed, Random random) {
        for (int c = 0; c < 12; c++) {
            feed.feed(new CompanionRegisteredEvent("c" + c, "Companion " + c, KINDS.get(c % KINDS.size()), "Org",
                    List.of(IndustryDomain.AI), null, 8));
        }
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            IndustryDomain domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
            LocalDate day = LocalDate.parse("2024-06-01").plusDays(random.nextInt(600));
            List<String> credited = List.of("c" + random.nextInt(12));
            String project = projects.isEmpty() ? "p0" : projects.get(random.nextInt(projects.size()));
            switch (random.nextInt(7)) {
                case 0 -> {
                    String id = "p" + projects.size();
                    projects.add(id);
                    feed.feed(id, new ProjectRegisteredEvent(id, "Project " + id, domain, "GEEC", "China", "Lead",
                            null), "admin");
                }
                case 1 -> feed.feed(project, new LandingRecordedEvent(project, "l" + i, i % 2 == 0 ? "巴南区" : "渝北区",
                        null, LandingForm.NEW_COMPANY, new BigDecimal("12.50"), day, credited, domain, "GEEC"), "admin");
                case 2 -> feed.feed(project, new MilestoneVerifiedEvent(project, "m" + i, MilestoneType.AWARD_WON, day,
                        null, null, null, null, null, credited, domain, "GEEC"), "admin");
                case 3 -> feed.feed(project, new MilestoneLoggedEvent(project, "m" + i, MilestoneType.AWARD_WON, day,
                        "summary", null, null, null, null, null, null, null, domain, "GEEC"), "admin");
                case 4 -> {
                    String enterprise = "E" + random.nextInt(6);
                    feed.feed("ch" + i, new ChallengeSolvedEvent("ch" + i, project, "m" + i, day, enterprise,
                            enterprise, domain, credited, domain, "GEEC"), "system");
                }
                case 5 -> {
                    String companion = "c" + random.nextInt(12);
                    int c = Integer.parseInt(companion.substring(1));
                    feed.feed(companion, new CompanionProfileUpdatedEvent(companion, KINDS.get(c % KINDS.size()),
                            "Renamed " + i, "Org", List.of(IndustryDomain.AI), null, 8), "admin");
                }
                default -> {
                    String companion = "c" + random.nextInt(12);
                    int c = Integer.parseInt(companion.substring(1));
                    feed.feed(companion, new CompanionSuspendedEvent(companion, KINDS.get(c % KINDS.size()), "leave"),
                            "admin");
                }
            }
        }
    }
}
