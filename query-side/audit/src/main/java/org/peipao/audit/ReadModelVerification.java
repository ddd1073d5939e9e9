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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rebuilds every read model from the events into a shadow copy and compares it, document by document, with
 * the live one. Live documents changed by events after the check's position are left out of the comparison.
 */
@Component
class ReadModelVerification {

    private static final int MAX_REPORTED = 1000;
    private static final Duration WAIT_FOR_PROCESSORS = Duration.ofSeconds(30);

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
        TrackingToken head = events.createHeadToken();
        long position = head == null ? 0 : head.position().orElse(0);
        if (head != null) { // (on an empty store there is nothing to wait for)
            awaitLiveProcessors(position);
        }
        CopyDestination shadow = CopyDestination.fresh(mongo, "verify");
        try {
            EventReplay.replay(events, -1, position, event -> true, event -> false,
                    Arrays.stream(ReadModels.values())
                            .map(model -> model.projection(mongo, clock, shadow, checkpointEvery)).toList());
            List<ReadModelCheck.Difference> differences = new ArrayList<>();
            List<String> rebuilding = new ArrayList<>();
            long checked = 0;
            for (ReadModels model : ReadModels.values()) {
                if (catalog.rebuilding(model.processor())) {
                    rebuilding.add(model.processor());
                    continue;
                }
                for (String logical : model.collections()) {
                    checked += compare(model.name().toLowerCase(), catalog.live(model.processor(), logical),
                            shadow.collection(logical), position, differences);
                }
            }
            return new ReadModelCheck(differences.isEmpty() ? "OK" : "DIFFERENT", position, checked, differences,
                    rebuilding);
        } finally {
            Arrays.stream(ReadModels.values()).forEach(model -> shadow.discard(model.collections()));
        }
    }

    private long compare(String readModel, String live, String rebuilt, long position,
                         List<ReadModelCheck.Difference> differences) {
        long checked = 0;
        try (Stream<Document> expected = mongo.stream(new Query(), Document.class, rebuilt)) {
            for (Document shadowDocument : (Iterable<Document>) expected::iterator) {
                checked++;
                Object id = shadowDocument.get("_id");
                Document liveDocument = mongo.findById(id, Document.class, live);
                if (liveDocument == null) {
                    report(differences, readModel, live, id, "MISSING");
                } else if (!changedSince(liveDocument, position) && !liveDocument.equals(shadowDocument)) {
                    report(differences, readModel, live, id, "DIFFERENT");
                }
            }
        }
        try (Stream<Document> actual = mongo.stream(new Query(), Document.class, live)) {
            for (Document liveDocument : (Iterable<Document>) actual::iterator) {
                Object id = liveDocument.get("_id");
                if (!changedSince(liveDocument, position) && mongo.findById(id, Document.class, rebuilt) == null) {
                    report(differences, readModel, live, id, "EXTRA");
                }
            }
        }
        return checked;
    }

    private static boolean changedSince(Document document, long position) {
        return document.get("lastEventIndex") instanceof Number applied && applied.longValue() > position;
    }

    private static void report(List<ReadModelCheck.Difference> differences, String readModel, String collection,
                               Object id, String problem) {
        if (differences.size() < MAX_REPORTED) {
            differences.add(new ReadModelCheck.Difference(readModel, collection, String.valueOf(id), problem));
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
