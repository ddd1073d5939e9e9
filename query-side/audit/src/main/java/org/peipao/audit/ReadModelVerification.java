package org.peipao.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.peipao.query.QuerySideProperties;
import org.peipao.query.ReadModels;
import org.peipao.query.dashboard.Checkpoints;
import org.peipao.query.dashboard.DashboardProjection;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.peipao.query.shared.CopyDestination;
import org.peipao.query.shared.MongoCollections;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Rebuilds every read model from the events into a shadow copy and compares it, document by document, with
 * the live one. Live documents changed by events after the check's position are left out of the comparison.
 * Both sides are read once, sorted by {@code _id}, and merged.
 */
@Component
class ReadModelVerification {

    private static final int MAX_REPORTED = 1000;
    /**
     * Documents per reply when a collection is read whole: the embedded store otherwise sends everything in its first
     * reply, which the driver refuses past 48 MB (a dashboard of 20,000 events is past it).
     */
    private static final int CURSOR_BATCH = 1_000;
    /** Documents compared per look-up ({@link MongoCollections#IN_GROUP}: the embedded store's {@code $in} cost). */
    private static final int GROUP = MongoCollections.IN_GROUP;
    private static final Duration WAIT_FOR_PROCESSORS = Duration.ofSeconds(30);
    /**
     * The rebuild's share of the check's time, the comparison's the rest: at 100,000 events (the benchmark's data set
     * on 2026-12-03, `435b7cc`, read from a job's progress every 6 s) the rebuild took 210 s and the comparison 40 s.
     */
    static final double REBUILD_SHARE = 0.84;

    private final EventStore events;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReadModelCatalog catalog;
    private final EventProcessingConfiguration processing;
    private final long checkpointEvery;

    ReadModelVerification(EventStore events, MongoTemplate mongo, Clock clock, ReadModelCatalog catalog,
                          EventProcessingConfiguration processing, QuerySideProperties properties) {
        this.events = events;
        this.mongo = mongo;
        this.clock = clock;
        this.catalog = catalog;
        this.processing = processing;
        this.checkpointEvery = properties.checkpointEvery();
    }

    /** Compares every read model with its rebuild from the events up to the head of the log when it starts. */
    ReadModelCheck check() throws InterruptedException {
        return check(fraction -> { });
    }

    /**
     * As {@link #check()}; {@code progress} hears the fraction done (0 to 1): the rebuild up to the head counts for
     * {@value #REBUILD_SHARE} of it, the comparison for the rest, in proportion to the documents it has walked.
     */
    ReadModelCheck check(DoubleConsumer progress) throws InterruptedException {
        TrackingToken head = events.createHeadToken();
        long position = head == null ? 0 : head.position().orElse(0);
        if (head != null) { // (on an empty store there is nothing to wait for)
            awaitLiveProcessors(position);
        }
        CopyDestination shadow = CopyDestination.fresh(mongo, "verify");
        // the shadow lays its checkpoints at the live dashboard's interval, which may predate the setting
        long every = Checkpoints.storedEvery(mongo, catalog.live(DashboardProjection.PROCESSING_GROUP,
                Checkpoints.MARKS)).orElse(checkpointEvery);
        try {
            EventReplay.replay(events, -1, position, event -> true, event -> false,
                    Arrays.stream(ReadModels.values())
                            .map(model -> model.projection(mongo, clock, shadow, every)).toList(),
                    reached -> progress.accept(REBUILD_SHARE * Math.min(1, (double) reached / Math.max(1, position))));
            progress.accept(REBUILD_SHARE);
            List<ReadModelCheck.Difference> differences = new ArrayList<>();
            List<String> rebuilding = new ArrayList<>();
            List<Comparison> comparisons = new ArrayList<>();
            for (ReadModels model : ReadModels.values()) {
                if (catalog.rebuilding(model.processor()) || replayedAtAnotherInterval(model, every)
                        || model.ofEarlierLayout(mongo, logical -> catalog.live(model.processor(), logical))) {
                    rebuilding.add(model.processor());
                    continue;
                }
                model.collections().forEach(logical -> comparisons.add(new Comparison(model.name().toLowerCase(),
                        catalog.live(model.processor(), logical), shadow.collection(logical))));
            }
            // the comparison walks each live and each rebuilt document once: its progress counts them
            double documents = Math.max(1, comparisons.stream()
                    .mapToLong(c -> mongo.estimatedCount(c.live()) + mongo.estimatedCount(c.rebuilt())).sum());
            long[] walked = {0};
            LongConsumer progressed = count -> progress.accept(REBUILD_SHARE
                    + (1 - REBUILD_SHARE) * Math.min(1, (walked[0] += count) / documents));
            long checked = 0;
            for (Comparison comparison : comparisons) {
                checked += compare(comparison, position, differences, progressed);
            }
            progress.accept(1); // the estimate counted documents deleted meanwhile
            return new ReadModelCheck(differences.isEmpty() ? "OK" : "DIFFERENT", position, checked, differences,
                    rebuilding);
        } finally {
            Arrays.stream(ReadModels.values()).forEach(model -> shadow.discard(model.collections()));
        }
    }

    /**
     * Whether {@code model} is the dashboard and was replayed since the check began at another checkpoint interval than
     * the shadow's {@code every}: its checkpoint collections are then no peer of the shadow's.
     */
    private boolean replayedAtAnotherInterval(ReadModels model, long every) {
        return model == ReadModels.DASHBOARD && Checkpoints.storedEvery(mongo,
                catalog.live(model.processor(), Checkpoints.MARKS)).filter(stored -> stored != every).isPresent();
    }

    /**
     * Walks the rebuilt collection in its stored order and reads the live documents it names {@value #GROUP} at a
     * time by {@code _id}, then walks the live collection's ids and looks for each group in the rebuilt one: no round
     * trip per document, no sort, and memory for one group of documents at a time (a sort by {@code _id} would make the
     * embedded store, which runs in this process, hold a whole collection).
     */
    private long compare(Comparison comparison, long position, List<ReadModelCheck.Difference> differences,
                         LongConsumer progressed) {
        String readModel = comparison.readModel();
        String live = comparison.live();
        String rebuilt = comparison.rebuilt();
        long[] checked = {0};
        inGroups(rebuilt, new Query(), group -> {
            Map<Object, Document> current = byId(live, group.stream().map(document -> document.get("_id")).toList(),
                    new Query());
            for (Document shadowDocument : group) {
                checked[0]++;
                Object id = shadowDocument.get("_id");
                Document liveDocument = current.get(id);
                if (liveDocument == null) {
                    report(differences, difference(readModel, live, id, "MISSING"));
                } else if (!changedSince(liveDocument, position) && !liveDocument.equals(shadowDocument)) {
                    report(differences, difference(readModel, live, id, "DIFFERENT"));
                }
            }
            progressed.accept(group.size());
        });
        Query idAndLastEvent = new Query();
        idAndLastEvent.fields().include("_id", "lastEventIndex");
        inGroups(live, idAndLastEvent, group -> {
            Query idOnly = new Query();
            idOnly.fields().include("_id");
            Map<Object, Document> rebuiltIds = byId(rebuilt, group.stream().map(document -> document.get("_id")).toList(),
                    idOnly);
            for (Document liveDocument : group) {
                if (!rebuiltIds.containsKey(liveDocument.get("_id")) && !changedSince(liveDocument, position)) {
                    report(differences, difference(readModel, live, liveDocument.get("_id"), "EXTRA"));
                }
            }
            progressed.accept(group.size());
        });
        return checked[0];
    }

    /** A live collection of the read model named {@code readModel} and the shadow's collection rebuilt beside it. */
    private record Comparison(String readModel, String live, String rebuilt) {
    }

    /** Hands the documents of {@code collection} that {@code query} selects to {@code action}, {@value #GROUP} at a time. */
    private void inGroups(String collection, Query query, Consumer<List<Document>> action) {
        List<Document> group = new ArrayList<>(GROUP);
        try (Stream<Document> documents = mongo.stream(query.cursorBatchSize(CURSOR_BATCH), Document.class,
                collection)) {
            for (Document document : (Iterable<Document>) documents::iterator) {
                group.add(document);
                if (group.size() == GROUP) {
                    action.accept(group);
                    group = new ArrayList<>(GROUP);
                }
            }
        }
        if (!group.isEmpty()) {
            action.accept(group);
        }
    }

    /** The documents of {@code collection} with the given ids that exist, by id, with {@code query}'s fields. */
    private Map<Object, Document> byId(String collection, List<Object> ids, Query query) {
        Map<Object, Document> found = new HashMap<>();
        query.addCriteria(Criteria.where("_id").in(ids));
        mongo.find(query, Document.class, collection).forEach(document -> found.put(document.get("_id"), document));
        return found;
    }

    private static boolean changedSince(Document document, long position) {
        return document.get("lastEventIndex") instanceof Number applied && applied.longValue() > position;
    }

    private static ReadModelCheck.Difference difference(String readModel, String collection, Object id,
                                                        String problem) {
        return new ReadModelCheck.Difference(readModel, collection, String.valueOf(id), problem);
    }

    private static void report(List<ReadModelCheck.Difference> differences, ReadModelCheck.Difference difference) {
        if (differences.size() < MAX_REPORTED) {
            differences.add(difference);
        }
    }

    /** Waits until the processors running here have handled the events up to {@code position}. */
    private void awaitLiveProcessors(long position) throws InterruptedException {
        Instant deadline = clock.instant().plus(WAIT_FOR_PROCESSORS);
        while (clock.instant().isBefore(deadline) && !ReadModels.processors().stream().allMatch(name -> processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .map(p -> p.processingStatus().values().stream()
                        .allMatch(s -> s.getCurrentPosition().orElse(-1) >= position))
                .orElse(true))) {
            Thread.sleep(50);
        }
    }
}
