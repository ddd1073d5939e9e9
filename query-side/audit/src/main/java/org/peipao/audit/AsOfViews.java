package org.peipao.audit;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.query.ReadModels;
import org.peipao.query.challenge.ChallengeDocument;
import org.peipao.query.challenge.ChallengeQueries;
import org.peipao.query.companion.CompanionDocument;
import org.peipao.query.companion.CompanionQueries;
import org.peipao.query.QuerySideProperties;
import org.peipao.query.dashboard.AsOfReads;
import org.peipao.query.dashboard.Checkpoints;
import org.peipao.query.dashboard.DashboardProjection;
import org.peipao.query.dashboard.DashboardQueries;
import org.peipao.query.dashboard.DashboardReads;
import org.peipao.query.project.ProjectQueries;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.peipao.query.shared.BatchWrites;
import org.peipao.query.shared.CopyDestination;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * "What did we know, and when": an aggregate's state and the KPIs as the events recorded up to a past instant
 * make them. Both are computed by the same projections as the live read models, into throwaway copies. The KPIs
 * start from the dashboard's latest {@linkplain Checkpoints checkpoint} before the instant and replay only the events
 * since (fewer than {@code peipao.query.checkpoint-every}, plus those recorded within the commit skew), into only the
 * cells the answer reads ({@link DashboardProjection#forAnswer}), in a scratch copy.
 */
@Component
class AsOfViews {

    /** Events commit out of timestamp order by at most this much; the as-of scan reads this far past its instant. */
    private static final Duration COMMIT_SKEW = Duration.ofMinutes(1);
    /**
     * Events an as-of answer may replay into a scratch copy in the heap. An answer replays from its checkpoint up to
     * the first event recorded after its instant and the commit skew, which the checkpoints' marks bound
     * ({@link Checkpoints.Replay#stopBy}): while the dashboard keeps up, about one {@code checkpoint-every} (5,000 by
     * default) plus the events recorded within the commit skew (so it grows with the write rate), into at most five
     * cells. A dashboard far behind (rebuilt from nothing, say) leaves its last checkpoint up to the whole log before
     * the instant, and so many events would keep the selected cells' past versions by the thousand (a review's
     * estimate: 100 MB at a million events), so such an answer's copy goes to the store's file.
     */
    private static final long IN_MEMORY_REPLAY = 50_000;

    private final EventStore events;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReadModelCatalog catalog;
    private final long checkpointEvery;
    private final AsOfPermits permits;

    AsOfViews(EventStore events, MongoTemplate mongo, Clock clock, ReadModelCatalog catalog,
              QuerySideProperties properties, AsOfPermits permits) {
        this.permits = permits;
        this.events = events;
        this.mongo = mongo;
        this.clock = clock;
        this.catalog = catalog;
        this.checkpointEvery = properties.checkpointEvery();
    }

    /**
     * The aggregate as its events up to {@code asOf} make it; empty when it did not exist then.
     *
     * @throws AsOfBusy when every as-of answer stays busy for the wait ({@link AsOfPermits})
     */
    Optional<StreamStateView> streamState(String aggregateId, Instant asOf) {
        return permits.run(() -> streamStateNow(aggregateId, asOf));
    }

    private Optional<StreamStateView> streamStateNow(String aggregateId, Instant asOf) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(aggregateId, 0).asStream()
                .filter(event -> !event.getTimestamp().isAfter(asOf))
                .toList();
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        Class<?> creation = stream.get(0).getPayloadType();
        ReadModels model = creation == CompanionRegisteredEvent.class ? ReadModels.COMPANIONS
                : creation == ProjectRegisteredEvent.class ? ReadModels.PROJECTS
                : creation == ChallengePostedEvent.class ? ReadModels.CHALLENGES : null;
        if (model == null) {
            return Optional.empty();
        }
        return withCopy(model, true, copy -> {
            apply(model.projection(mongo, clock, copy, checkpointEvery), stream);
            DomainEventMessage<?> last = stream.get(stream.size() - 1);
            var lastEvent = new StreamStateView.LastEvent(last.getPayloadType().getSimpleName(),
                    last.getSequenceNumber(), last.getTimestamp());
            return Optional.of(switch (model) {
                case COMPANIONS -> new StreamStateView(aggregateId, "Companion", asOf, last.getSequenceNumber(),
                        lastEvent, CompanionQueries.find(mongo, copy.collection(CompanionDocument.COLLECTION),
                        aggregateId).orElseThrow(), null, null);
                case PROJECTS -> new StreamStateView(aggregateId, "Project", asOf, last.getSequenceNumber(),
                        lastEvent, null, ProjectQueries.find(mongo, copy::collection,
                        aggregateId).orElseThrow(), null);
                default -> new StreamStateView(aggregateId, "Challenge", asOf, last.getSequenceNumber(),
                        lastEvent, null, null, ChallengeQueries.find(mongo,
                        copy.collection(ChallengeDocument.COLLECTION), aggregateId).orElseThrow());
            });
        });
    }

    /**
     * The KPI set as the events recorded up to {@code asOf} make it. Standing figures are as of {@code filters.to()},
     * or the office's day of {@code asOf} when it has none.
     *
     * @throws AsOfBusy when every as-of answer stays busy for the wait ({@link AsOfPermits})
     */
    DashboardView dashboard(Instant asOf, FindDashboardQuery filters) {
        return permits.run(() -> dashboardNow(asOf, filters));
    }

    private DashboardView dashboardNow(Instant asOf, FindDashboardQuery filters) {
        LocalDate day = filters.to() != null ? filters.to() : LocalDate.ofInstant(asOf, clock.getZone());
        FindDashboardQuery query = new FindDashboardQuery(filters.from(), day, filters.domain(), filters.district(),
                filters.kind(), filters.source());
        long head = events.createHeadToken() == null ? 0 : events.createHeadToken().position().orElse(0);
        // the live collections of this moment, for the whole answer: a rebuild that completes meanwhile (retired
        // collections stay 30 s) may lay its checkpoints at another interval than the one found here
        Map<String, String> names = new HashMap<>();
        DashboardProjection.COLLECTIONS.forEach(logical -> names.put(logical,
                catalog.live(DashboardProjection.PROCESSING_GROUP, logical)));
        UnaryOperator<String> live = logical -> names.computeIfAbsent(logical,
                name -> catalog.live(DashboardProjection.PROCESSING_GROUP, name));
        Checkpoints.Replay replay = Checkpoints.replay(mongo, live.apply(Checkpoints.MARKS), asOf,
                asOf.plus(COMMIT_SKEW));
        Optional<Checkpoints.At> checkpoint = replay.start();
        long from = checkpoint.map(Checkpoints.At::position).orElse(-1L);
        long end = Math.min(head, replay.stopBy().orElse(head));
        return withCopy(ReadModels.DASHBOARD, end - from <= IN_MEMORY_REPLAY, copy -> {
            DashboardReads reads = checkpoint
                    .<DashboardReads>map(at -> new AsOfReads(mongo, copy::collection, live, at.position(), at.every()))
                    .orElseGet(() -> DashboardReads.of(mongo, copy::collection));
            long every = checkpoint.map(Checkpoints.At::every).orElse(checkpointEvery);
            EventReplay.replay(events, from, head,
                    event -> !event.getTimestamp().isAfter(asOf),
                    event -> event.getTimestamp().isAfter(asOf.plus(COMMIT_SKEW)),
                    List.of(DashboardProjection.forAnswer(mongo, clock, copy, reads, every, query)));
            return DashboardQueries.compute(mongo, reads, query, day, asOf);
        });
    }

    /**
     * Applies one stream's events in one batch (the document is read once and written once, however long the stream);
     * positions follow its sequence, which is all the copy's guard needs.
     */
    private static void apply(Object projection, List<? extends DomainEventMessage<?>> stream) {
        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
        List<EventMessage<?>> tracked = new ArrayList<>(stream.size());
        for (DomainEventMessage<?> event : stream) {
            TrackingToken position = new GlobalSequenceTrackingToken(event.getSequenceNumber() + 1);
            tracked.add(new GenericTrackedDomainEventMessage<>(position, event));
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(tracked);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            handler.handle(unitOfWork.getMessage());
            BatchWrites.flushIfLast(unitOfWork);
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("cannot apply the stream's events", result.exceptionResult());
        }
    }

    /**
     * Runs {@code work} on a fresh copy of the read model, and discards the copy afterwards: a scratch copy (held in the
     * heap by the embedded store) when {@code small}, else a copy like any collection.
     */
    private <T> T withCopy(ReadModels model, boolean small, Function<CopyDestination, T> work) {
        CopyDestination copy = small ? CopyDestination.scratch(mongo, "asof") : CopyDestination.fresh(mongo, "asof");
        try {
            return work.apply(copy);
        } finally {
            copy.discard(model.collections());
        }
    }
}
