package org.peipao.query.audit;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageHandlerTimeout;
import org.axonframework.queryhandling.QueryHandler;
import org.peipao.api.audit.FindDashboardAsOfQuery;
import org.peipao.api.audit.FindStreamStateQuery;
import org.peipao.api.audit.StreamStateView;
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
import org.peipao.query.dashboard.DashboardQueries;
import org.peipao.query.project.ProjectDocument;
import org.peipao.query.project.ProjectQueries;
import org.peipao.query.shared.Targets;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * "What did we know, and when": an aggregate's state and the KPIs as the events recorded up to a past instant
 * make them. Both are computed by the same projections as the live read models, into throwaway collections.
 */
@Component
class AuditQueries {

    /** Events commit out of timestamp order by at most this much; the as-of scan reads this far past its instant. */
    private static final Duration COMMIT_SKEW = Duration.ofMinutes(1);

    private final EventStore events;
    private final MongoTemplate mongo;
    private final Clock clock;

    AuditQueries(EventStore events, MongoTemplate mongo, Clock clock) {
        this.events = events;
        this.mongo = mongo;
        this.clock = clock;
    }

    @QueryHandler
    @MessageHandlerTimeout(timeoutMs = LongAudits.TIMEOUT_MS, warningThresholdMs = LongAudits.WARNING_THRESHOLD_MS,
            warningIntervalMs = LongAudits.WARNING_INTERVAL_MS)
    Optional<StreamStateView> handle(FindStreamStateQuery query) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(query.aggregateId(), 0).asStream()
                .filter(event -> !event.getTimestamp().isAfter(query.asOf()))
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
        return withCopy(model.collections(), targets -> {
            Object projection = model.projection(mongo, clock, targets);
            apply(projection, stream);
            DomainEventMessage<?> last = stream.get(stream.size() - 1);
            var lastEvent = new StreamStateView.LastEvent(last.getPayloadType().getSimpleName(),
                    last.getSequenceNumber(), last.getTimestamp());
            String id = query.aggregateId();
            return Optional.of(switch (model) {
                case COMPANIONS -> new StreamStateView(id, "Companion", query.asOf(), last.getSequenceNumber(),
                        lastEvent, CompanionQueries.find(mongo, targets.collection(CompanionDocument.COLLECTION), id)
                        .orElseThrow(), null, null);
                case PROJECTS -> new StreamStateView(id, "Project", query.asOf(), last.getSequenceNumber(), lastEvent,
                        null, ProjectQueries.find(mongo, targets.collection(ProjectDocument.COLLECTION), id)
                        .orElseThrow(), null);
                default -> new StreamStateView(id, "Challenge", query.asOf(), last.getSequenceNumber(), lastEvent,
                        null, null, ChallengeQueries.find(mongo, targets.collection(ChallengeDocument.COLLECTION), id)
                        .orElseThrow());
            });
        });
    }

    @QueryHandler
    @MessageHandlerTimeout(timeoutMs = LongAudits.TIMEOUT_MS, warningThresholdMs = LongAudits.WARNING_THRESHOLD_MS,
            warningIntervalMs = LongAudits.WARNING_INTERVAL_MS)
    DashboardView handle(FindDashboardAsOfQuery query) {
        Instant asOf = query.asOf();
        LocalDate day = query.filters() != null && query.filters().to() != null ? query.filters().to()
                : LocalDate.ofInstant(asOf, clock.getZone());
        FindDashboardQuery filters = query.filters() == null
                ? new FindDashboardQuery(null, day, null, null, null, null)
                : new FindDashboardQuery(query.filters().from(), day, query.filters().domain(),
                query.filters().district(), query.filters().kind(), query.filters().source());
        long head = events.createHeadToken() == null ? 0 : events.createHeadToken().position().orElse(0);
        return withCopy(ReadModels.DASHBOARD.collections(), targets -> {
            EventReplay.replay(events, head, event -> !event.getTimestamp().isAfter(asOf),
                    event -> event.getTimestamp().isAfter(asOf.plus(COMMIT_SKEW)),
                    List.of(ReadModels.DASHBOARD.projection(mongo, clock, targets)));
            return DashboardQueries.compute(mongo, targets, filters, day, asOf);
        });
    }

    /** Applies one stream's events; positions follow its sequence, which is all the copy's guard needs. */
    private static void apply(Object projection, List<? extends DomainEventMessage<?>> stream) {
        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
        for (DomainEventMessage<?> event : stream) {
            TrackingToken position = new GlobalSequenceTrackingToken(event.getSequenceNumber() + 1);
            try {
                handler.handle(new GenericTrackedDomainEventMessage<>(position, event));
            } catch (Exception e) {
                throw new IllegalStateException("cannot apply " + event.getPayloadType().getSimpleName(), e);
            }
        }
    }

    /** Runs {@code work} on fresh copies of the collections, and drops them afterwards. */
    private <T> T withCopy(List<String> collections, Function<Targets, T> work) {
        Targets copy = Targets.prefixed("audit_" + UUID.randomUUID().toString().substring(0, 8) + "_");
        try {
            return work.apply(copy);
        } finally {
            collections.forEach(logical -> mongo.dropCollection(copy.collection(logical)));
        }
    }
}
