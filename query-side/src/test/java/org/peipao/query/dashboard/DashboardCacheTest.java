package org.peipao.query.dashboard;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.query.shared.CopyDestination;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.query.dashboard.DashboardScenario.BANAN;
import static org.peipao.query.dashboard.DashboardScenario.XINGYU;

/**
 * The documents the dashboard projection keeps across batches ({@link CachedReads}): a batch reads from the store only
 * what earlier batches did not touch, the cache keeps at most its capacity in bytes, a projection for one answer keeps
 * none, and a cache that another writer has made stale is never used.
 */
class DashboardCacheTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-16T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    static final InMemoryMongo mongo = InMemoryMongo.start();

    @Test
    void aBatchReadsOnlyTheDocumentsEarlierBatchesDidNotTouch() {
        List<TrackedEventMessage<?>> events = scenario();
        MongoTemplate template = mongo.freshTemplate();
        DashboardProjection projection = projection(template);
        EventFeed.deliver(projection, events, events.size());

        // the whole scenario again: every document it touches was written by the first batch
        long findsBefore = mongo.findCommands(template);
        EventFeed.deliver(projection, events, events.size());
        // the stored head, read once by the cache and once by the marks
        assertThat(mongo.findCommands(template) - findsBefore).isEqualTo(2);

        MongoTemplate uncached = mongo.freshTemplate();
        EventFeed.deliver(projection(uncached), events, events.size());
        long uncachedBefore = mongo.findCommands(uncached);
        EventFeed.deliver(projection(uncached), events, events.size());
        assertThat(mongo.findCommands(uncached) - uncachedBefore).as("a projection with nothing kept reads the store")
                .isGreaterThan(5);
    }

    @Test
    void theCacheKeepsAtMostItsCapacityInBytesTheLeastRecentlyUsedLeavingFirst() {
        MongoTemplate template = mongo.freshTemplate();
        Map<String, Document> stored = new LinkedHashMap<>();
        for (String id : List.of("a", "b", "c")) {
            Document document = new Document("_id", id).append("counters", id.repeat(600));
            template.insert(document, CellTotals.COLLECTION);
            stored.put(id, document);
        }
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        try {
            // room for two of the three documents (about 630 bytes each)
            CachedReads reads = new CachedReads(template, DashboardReads.of(template, logical -> logical), 1_300);
            reads.storedEvery(); // begins the batch: reads the marks' cursor once
            reads.written(CellTotals.COLLECTION, Map.of("a", stored.get("a")));
            reads.written(CellTotals.COLLECTION, Map.of("b", stored.get("b")));
            reads.written(CellTotals.COLLECTION, Map.of("c", stored.get("c")));

            long before = mongo.findCommands(template);
            assertThat(reads.byIds(CellTotals.COLLECTION, CellTotals.class, List.of("b", "c"), doc -> doc.id))
                    .hasSize(2).allSatisfy((id, doc) -> assertThat(doc.counters).isEqualTo(id.repeat(600)));
            assertThat(mongo.findCommands(template) - before).as("the two kept, read from the cache").isZero();
            assertThat(reads.byIds(CellTotals.COLLECTION, CellTotals.class, List.of("a"), doc -> doc.id))
                    .containsOnlyKeys("a");
            assertThat(mongo.findCommands(template) - before).as("the first, gone for the room of the third")
                    .isEqualTo(1);
        } finally {
            batch.rollback();
        }
    }

    @Test
    void aProjectionForOneAnswerKeepsNoDocumentsAcrossBatches() {
        List<TrackedEventMessage<?>> events = scenario();
        MongoTemplate template = mongo.freshTemplate();
        CopyDestination scratch = CopyDestination.scratch(template, "asof");
        DashboardProjection answer = DashboardProjection.forAnswer(template, CLOCK, scratch,
                DashboardReads.of(template, scratch::collection), Checkpoints.EVERY,
                new FindDashboardQuery(null, null, null, null, null, null));
        EventFeed.deliver(answer, events, events.size());

        long findsBefore = mongo.findCommands(template);
        EventFeed.deliver(answer, events, events.size());
        assertThat(mongo.findCommands(template) - findsBefore).as("the same events again read the scratch copy")
                .isGreaterThan(5);
    }

    @Test
    void aProjectionWhoseCacheAnotherWriterMadeStaleReadsTheStoreAgain() {
        List<TrackedEventMessage<?>> events = scenario();
        MongoTemplate expectedStore = mongo.freshTemplate();
        EventFeed.deliver(projection(expectedStore), events, 7);
        List<Object> expected = figures(expectedStore);

        // one process takes the first third, another (it took the processor over) the second, then the first again
        MongoTemplate shared = mongo.freshTemplate();
        DashboardProjection first = projection(shared);
        DashboardProjection second = projection(shared);
        int third = events.size() / 3;
        EventFeed.deliver(first, events.subList(0, third), 7);
        EventFeed.deliver(second, events.subList(third, 2 * third), 7);
        EventFeed.deliver(first, events.subList(2 * third, events.size()), 7);

        assertThat(figures(shared)).isEqualTo(expected);
    }

    @Test
    void aResetThenReplayGivesTheSameFiguresAgain() {
        List<TrackedEventMessage<?>> events = scenario();
        MongoTemplate template = mongo.freshTemplate();
        DashboardProjection projection = projection(template);
        EventFeed.deliver(projection, events, 7);
        List<Object> expected = figures(template);

        projection.reset();
        EventFeed.deliver(projection, events, 7);

        assertThat(figures(template)).isEqualTo(expected);
    }

    private static List<TrackedEventMessage<?>> scenario() {
        EventFeed recorder = new EventFeed(projection(mongo.freshTemplate()));
        DashboardScenario.play(recorder);
        return recorder.fed();
    }

    private static DashboardProjection projection(MongoTemplate template) {
        return new DashboardProjection(template, CLOCK,
                Catalogs.liveDestination(template, DashboardProjection.PROCESSING_GROUP));
    }

    private static List<Object> figures(MongoTemplate template) {
        DashboardQueries queries = new DashboardQueries(template, CLOCK, Catalogs.of(template));
        return List.of(
                queries.handle(new FindDashboardQuery(null, null, null, null, null, null)),
                queries.handle(new FindDashboardQuery(null, null, IndustryDomain.AI, BANAN, null, null)),
                queries.handle(new FindDashboardQuery(null, null, null, null, CompanionKind.INVESTMENT_MANAGER, XINGYU)));
    }
}
