package org.peipao.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.peipao.query.QuerySideProperties;
import org.peipao.query.ReadModels;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.peipao.query.shared.CopyDestination;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;
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
    private static final Duration WAIT_FOR_PROCESSORS = Duration.ofSeconds(30);
    private static final double REBUILD_SHARE = 0.6;

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
     * {@value #REBUILD_SHARE} of it, the comparison of the collections for the rest.
     */
    ReadModelCheck check(DoubleConsumer progress) throws InterruptedException {
        TrackingToken head = events.createHeadToken();
        long position = head == null ? 0 : head.position().orElse(0);
        if (head != null) { // (on an empty store there is nothing to wait for)
            awaitLiveProcessors(position);
        }
        CopyDestination shadow = CopyDestination.fresh(mongo, "verify");
        try {
            EventReplay.replay(events, -1, position, event -> true, event -> false,
                    Arrays.stream(ReadModels.values())
                            .map(model -> model.projection(mongo, clock, shadow, checkpointEvery)).toList(),
                    reached -> progress.accept(REBUILD_SHARE * Math.min(1, (double) reached / Math.max(1, position))));
            progress.accept(REBUILD_SHARE);
            List<ReadModelCheck.Difference> differences = new ArrayList<>();
            List<String> rebuilding = new ArrayList<>();
            long checked = 0;
            int collections = Arrays.stream(ReadModels.values()).mapToInt(model -> model.collections().size()).sum();
            int compared = 0;
            for (ReadModels model : ReadModels.values()) {
                if (catalog.rebuilding(model.processor())) {
                    rebuilding.add(model.processor());
                    compared += model.collections().size();
                    continue;
                }
                for (String logical : model.collections()) {
                    checked += compare(model.name().toLowerCase(), catalog.live(model.processor(), logical),
                            shadow.collection(logical), position, differences);
                    progress.accept(REBUILD_SHARE + (1 - REBUILD_SHARE) * ++compared / Math.max(1, collections));
                }
            }
            return new ReadModelCheck(differences.isEmpty() ? "OK" : "DIFFERENT", position, checked, differences,
                    rebuilding);
        } finally {
            Arrays.stream(ReadModels.values()).forEach(model -> shadow.discard(model.collections()));
        }
    }

    /**
     * Reads both collections once, each sorted by {@code _id}, and walks them side by side: no round trip per
     * document. Should the store's order of some ids not be the order compared here (ids of mixed types, say),
     * the collection is compared document by document instead, with the same outcome.
     */
    private long compare(String readModel, String live, String rebuilt, long position,
                         List<ReadModelCheck.Difference> differences) {
        List<ReadModelCheck.Difference> rebuiltSide = new ArrayList<>();
        List<ReadModelCheck.Difference> liveSide = new ArrayList<>();
        long checked;
        try {
            checked = merge(readModel, live, rebuilt, position, rebuiltSide, liveSide);
        } catch (DocumentIds.Unordered unordered) {
            rebuiltSide.clear();
            liveSide.clear();
            checked = compareByLookUp(readModel, live, rebuilt, position, rebuiltSide, liveSide);
        }
        rebuiltSide.forEach(difference -> report(differences, difference));
        liveSide.forEach(difference -> report(differences, difference));
        return checked;
    }

    private long merge(String readModel, String live, String rebuilt, long position,
                       List<ReadModelCheck.Difference> rebuiltSide, List<ReadModelCheck.Difference> liveSide) {
        Query byId = new Query().with(Sort.by("_id")).cursorBatchSize(CURSOR_BATCH);
        long checked = 0;
        try (Stream<Document> expected = mongo.stream(byId, Document.class, rebuilt);
             Stream<Document> actual = mongo.stream(byId, Document.class, live)) {
            DocumentIds.Sorted shadowDocuments = new DocumentIds.Sorted(expected.iterator());
            DocumentIds.Sorted liveDocuments = new DocumentIds.Sorted(actual.iterator());
            Document shadowDocument = shadowDocuments.next();
            Document liveDocument = liveDocuments.next();
            while (shadowDocument != null || liveDocument != null) {
                int order = shadowDocument == null ? 1 : liveDocument == null ? -1
                        : DocumentIds.compare(shadowDocument.get("_id"), liveDocument.get("_id"));
                if (order < 0) {
                    checked++;
                    rebuiltSide.add(difference(readModel, live, shadowDocument.get("_id"), "MISSING"));
                    shadowDocument = shadowDocuments.next();
                } else if (order > 0) {
                    if (!changedSince(liveDocument, position)) {
                        liveSide.add(difference(readModel, live, liveDocument.get("_id"), "EXTRA"));
                    }
                    liveDocument = liveDocuments.next();
                } else {
                    checked++;
                    if (!changedSince(liveDocument, position) && !liveDocument.equals(shadowDocument)) {
                        rebuiltSide.add(difference(readModel, live, shadowDocument.get("_id"), "DIFFERENT"));
                    }
                    shadowDocument = shadowDocuments.next();
                    liveDocument = liveDocuments.next();
                }
            }
        }
        return checked;
    }

    private long compareByLookUp(String readModel, String live, String rebuilt, long position,
                                 List<ReadModelCheck.Difference> rebuiltSide, List<ReadModelCheck.Difference> liveSide) {
        long checked = 0;
        try (Stream<Document> expected = mongo.stream(new Query().cursorBatchSize(CURSOR_BATCH), Document.class, rebuilt)) {
            for (Document shadowDocument : (Iterable<Document>) expected::iterator) {
                checked++;
                Object id = shadowDocument.get("_id");
                Document liveDocument = mongo.findById(id, Document.class, live);
                if (liveDocument == null) {
                    rebuiltSide.add(difference(readModel, live, id, "MISSING"));
                } else if (!changedSince(liveDocument, position) && !liveDocument.equals(shadowDocument)) {
                    rebuiltSide.add(difference(readModel, live, id, "DIFFERENT"));
                }
            }
        }
        try (Stream<Document> actual = mongo.stream(new Query().cursorBatchSize(CURSOR_BATCH), Document.class, live)) {
            for (Document liveDocument : (Iterable<Document>) actual::iterator) {
                Object id = liveDocument.get("_id");
                if (!changedSince(liveDocument, position) && mongo.findById(id, Document.class, rebuilt) == null) {
                    liveSide.add(difference(readModel, live, id, "EXTRA"));
                }
            }
        }
        return checked;
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
