package org.peipao.query.dashboard;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.CompanionReinstatedEvent;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneRejectedEvent;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.project.ProjectIncubationStartedEvent;
import org.peipao.api.project.ProjectLandedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.ProjectWithdrawnEvent;
import org.peipao.query.shared.ReadModelCatalog;
import org.peipao.query.shared.Targets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.peipao.query.dashboard.Counters.*;

/**
 * Keeps the dashboard's counters per cube cell and day. What happened is counted on its business date
 * (landing signedOn, milestone occurredOn, challenge solvedOn, first landing); standing figures (status and
 * stage of companions, projects and challenges) move on the day the event was recorded, in the office's zone.
 */
@Component
@ProcessingGroup(DashboardProjection.PROCESSING_GROUP)
public class DashboardProjection {

    public static final String PROCESSING_GROUP = "dashboard";
    public static final List<String> COLLECTIONS = List.of(DayCell.COLLECTION, CompanionDirectory.COLLECTION);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Targets targets;
    private final ReadModelCatalog catalog;
    private final CompanionDirectory directory;

    @Autowired
    DashboardProjection(MongoTemplate mongo, Clock clock, ReadModelCatalog catalog) {
        this(mongo, clock, catalog.targets(PROCESSING_GROUP), catalog);
    }

    /** A copy that writes where {@code targets} says (a shadow for verification, or an as-of computation). */
    public DashboardProjection(MongoTemplate mongo, Clock clock, Targets targets) {
        this(mongo, clock, targets, null);
    }

    private DashboardProjection(MongoTemplate mongo, Clock clock, Targets targets, ReadModelCatalog catalog) {
        this.mongo = mongo;
        this.clock = clock;
        this.targets = targets;
        this.catalog = catalog;
        this.directory = new CompanionDirectory(mongo, () -> targets.collection(CompanionDirectory.COLLECTION));
    }

    private CellWrites writes() {
        return new CellWrites(mongo, targets.collection(DayCell.COLLECTION));
    }

    @EventHandler
    void on(CompanionRegisteredEvent event, @Timestamp Instant at, TrackingToken token) {
        String kind = event.kind().name();
        directory.put(event.companionId(), event.name(), kind, token.position().orElse(-1));
        record(token, Fact.on(day(at)).kind(kind).count(COMPANIONS_REGISTERED, 1)
                .count(companionsByKind(kind, "registered"), 1)
                .count(companions("ACTIVE"), 1).count(companionsByKind(kind, "ACTIVE"), 1));
    }

    @EventHandler
    void on(CompanionProfileUpdatedEvent event, TrackingToken token) {
        directory.put(event.companionId(), event.name(), event.kind().name(), token.position().orElse(-1));
        record(token);
    }

    @EventHandler
    void on(CompanionSuspendedEvent event, @Timestamp Instant at, TrackingToken token) {
        record(token, companionMoved(day(at), event.kind().name(), "ACTIVE", "SUSPENDED"));
    }

    @EventHandler
    void on(CompanionReinstatedEvent event, @Timestamp Instant at, TrackingToken token) {
        record(token, companionMoved(day(at), event.kind().name(), "SUSPENDED", "ACTIVE"));
    }

    @EventHandler
    void on(CompanionRetiredEvent event, @Timestamp Instant at, TrackingToken token) {
        record(token, companionMoved(day(at), event.kind().name(), event.previousStatus().name(), "RETIRED"));
    }

    @EventHandler
    void on(ProjectRegisteredEvent event, @Timestamp Instant at, TrackingToken token) {
        String domain = event.domain().name();
        record(token, Fact.on(day(at)).domain(domain).source(event.source()).count(PROJECTS_REGISTERED, 1)
                .count(projectStage("REGISTERED"), 1).count(projectStageDomain("REGISTERED", domain), 1)
                .count(projectsByDomain(domain), 1).count(projectsBySource(event.source()), 1));
    }

    @EventHandler
    void on(ProjectIncubationStartedEvent event, @Timestamp Instant at, TrackingToken token) {
        record(token, projectMoved(day(at), event.domain().name(), event.source(), "REGISTERED", "INCUBATING"));
    }

    @EventHandler
    void on(ProjectWithdrawnEvent event, @Timestamp Instant at, TrackingToken token) {
        record(token, projectMoved(day(at), event.domain().name(), event.source(), event.previousStage().name(),
                "WITHDRAWN"));
    }

    @EventHandler
    void on(ProjectLandedEvent event, @Timestamp Instant at, TrackingToken token) {
        Fact moved = projectMoved(day(at), event.domain().name(), event.source(), "INCUBATING", "LANDED");
        if (event.incubationStartedOn() == null) {
            record(token, moved);
            return;
        }
        // a landing signed before the first assignment's date counts as landing at once
        long days = Math.max(0, ChronoUnit.DAYS.between(event.incubationStartedOn(), event.landedOn()));
        record(token, moved, Fact.on(event.landedOn()).domain(event.domain()).source(event.source())
                .district(event.district()).credit(directory.kindsOf(event.creditedCompanionIds()))
                .count(FIRST_LANDINGS, 1).count(timeToLanding(days), 1));
    }

    @EventHandler
    void on(LandingRecordedEvent event, TrackingToken token) {
        long fen = fen(event.signedAmountCny());
        String domain = event.domain().name();
        String form = event.form().name();
        record(token, Fact.on(event.signedOn()).domain(domain).source(event.source()).district(event.district())
                .credit(directory.kindsOf(event.creditedCompanionIds()))
                .count(LANDINGS, 1).count(LANDINGS_FEN, fen)
                .count(landingsBy("byDistrict", event.district(), false), 1)
                .count(landingsBy("byDistrict", event.district(), true), fen)
                .count(landingsBy("byDomain", domain, false), 1).count(landingsBy("byDomain", domain, true), fen)
                .count(landingsBy("byForm", form, false), 1).count(landingsBy("byForm", form, true), fen)
                .count(landingsDistrictDomain(event.district(), domain), 1)
                .leaders(event.projectId(), 0, 0));
    }

    @EventHandler
    void on(MilestoneLoggedEvent event, TrackingToken token) {
        record(token, Fact.on(event.occurredOn()).domain(event.domain()).source(event.source())
                .count(MILESTONES_PENDING, 1).count(milestoneStatusType("LOGGED", event.type().name()), 1));
    }

    @EventHandler
    void on(MilestoneVerifiedEvent event, TrackingToken token) {
        String type = event.type().name();
        Fact settled = Fact.on(event.occurredOn()).domain(event.domain()).source(event.source())
                .count(MILESTONES_PENDING, -1).count(milestoneStatusType("LOGGED", type), -1)
                .count(milestoneStatusType("VERIFIED", type), 1);
        Fact verified = Fact.on(event.occurredOn()).domain(event.domain()).source(event.source())
                .credit(directory.kindsOf(event.creditedCompanionIds()))
                .count(verified(type), 1).count(MILESTONES_VERIFIED, 1)
                .count(FINANCING_FEN, event.type() == MilestoneType.FINANCING_CLOSED && event.amountCny() != null
                        ? fen(event.amountCny()) : 0)
                .leaders(null, 0, 1);
        record(token, settled, verified);
    }

    @EventHandler
    void on(MilestoneRejectedEvent event, TrackingToken token) {
        String type = event.type().name();
        record(token, Fact.on(event.occurredOn()).domain(event.domain()).source(event.source())
                .count(MILESTONES_PENDING, -1).count(MILESTONES_REJECTED, 1)
                .count(milestoneStatusType("LOGGED", type), -1).count(milestoneStatusType("REJECTED", type), 1));
    }

    @EventHandler
    void on(ChallengePostedEvent event, @Timestamp Instant at, TrackingToken token) {
        record(token, Fact.on(day(at)).domain(event.domain()).count(CHALLENGES_TOTAL, 1)
                .count(challengeStatus("POSTED"), 1));
    }

    @EventHandler
    void on(ChallengeMatchedEvent event, @Timestamp Instant at, TrackingToken token) {
        record(token, challengeMoved(day(at), event.domain().name(), "POSTED", "MATCHED"));
    }

    @EventHandler
    void on(ChallengeClosedEvent event, @Timestamp Instant at, TrackingToken token) {
        record(token, challengeMoved(day(at), event.domain().name(), event.previousStatus().name(), "CLOSED"));
    }

    @EventHandler
    void on(ChallengeSolvedEvent event, @Timestamp Instant at, TrackingToken token) {
        record(token, challengeMoved(day(at), event.domain().name(), "MATCHED", "SOLVED"),
                Fact.on(event.solvedOn()).domain(event.domain()).source(event.projectSource())
                        .credit(directory.kindsOf(event.creditedCompanionIds()))
                        .count(CHALLENGES_SOLVED, 1).member(ENTERPRISES, event.enterpriseKey())
                        .leaders(null, 1, 0));
    }

    /** Every other event still ends a batch. */
    @EventHandler
    void on(Object otherEvent, TrackingToken token) {
        record(token);
    }

    /** A replay fills fresh collections while readers keep the current ones (see {@link ReadModelCatalog}). */
    @ResetHandler
    void reset() {
        directory.forget();
        if (catalog != null) {
            catalog.beginRebuild(PROCESSING_GROUP, COLLECTIONS);
        } else {
            COLLECTIONS.forEach(logical -> mongo.dropCollection(targets.collection(logical)));
        }
    }

    private void record(TrackingToken token, Fact... facts) {
        CellWrites writes = writes();
        if (facts.length > 0) {
            writes.add(token.position().orElseThrow(), List.of(facts));
        }
        writes.flushIfBatchEnds();
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    private static Fact companionMoved(LocalDate day, String kind, String from, String to) {
        return Fact.on(day).kind(kind).count(companions(from), -1).count(companionsByKind(kind, from), -1)
                .count(companions(to), 1).count(companionsByKind(kind, to), 1);
    }

    private static Fact projectMoved(LocalDate day, String domain, String source, String from, String to) {
        return Fact.on(day).domain(domain).source(source)
                .count(projectStage(from), -1).count(projectStageDomain(from, domain), -1)
                .count(projectStage(to), 1).count(projectStageDomain(to, domain), 1);
    }

    private static Fact challengeMoved(LocalDate day, String domain, String from, String to) {
        return Fact.on(day).domain(domain).count(challengeStatus(from), -1).count(challengeStatus(to), 1);
    }

    private static long fen(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }
}
