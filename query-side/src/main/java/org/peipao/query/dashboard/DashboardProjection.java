package org.peipao.query.dashboard;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.CompanionReinstatedEvent;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneRejectedEvent;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.project.ProjectIncubationStartedEvent;
import org.peipao.api.project.ProjectLandedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.ProjectWithdrawnEvent;
import org.peipao.api.text.CreditCodes;
import org.peipao.api.text.Texts;
import org.peipao.query.shared.Destination;
import org.peipao.query.shared.Recorded;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import static org.peipao.query.dashboard.Counters.*;
import static org.peipao.query.dashboard.Fact.challengeMoved;
import static org.peipao.query.dashboard.Fact.companionMoved;
import static org.peipao.query.dashboard.Fact.projectMoved;

/**
 * Keeps the dashboard's totals per cube cell and period (day, month, all time: {@link CellWrites}), reading the
 * documents earlier batches touched from a bounded cache ({@link CachedReads}). What happened is counted on its business date
 * (landing signedOn, milestone occurredOn, challenge solvedOn, first landing); standing figures (status and
 * stage of companions, projects and challenges) move on the day the event was recorded, in the office's zone.
 */
@ProcessingGroup(DashboardProjection.PROCESSING_GROUP)
public class DashboardProjection {

    public static final String PROCESSING_GROUP = "dashboard";
    public static final List<String> COLLECTIONS = List.of(CellTotals.COLLECTION, LeaderTotals.COLLECTION,
            EnterpriseServed.COLLECTION, CompanionDirectory.COLLECTION, Checkpoints.history(CellTotals.COLLECTION),
            Checkpoints.history(LeaderTotals.COLLECTION), Checkpoints.history(CompanionDirectory.COLLECTION),
            Checkpoints.MARKS);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Destination destination;
    private final CachedReads reads;
    /** The interval for a dashboard that has none stored (an empty one, or one whose marks mix two): the setting. */
    private final long setting;
    private final CompanionDirectory directory;
    /** The cells this projection keeps: every one, or those of one answer ({@link #forAnswer}). */
    private final Predicate<CubeCell> cells;
    /** The interval at which it keeps past versions: its checkpoints', or {@link Versions#NONE} for one answer. */
    private final LongSupplier versionsEvery;

    /** Writes the live read model, or a copy, as {@code destination} says; {@code clock} gives the office's zone. */
    public DashboardProjection(MongoTemplate mongo, Clock clock, Destination destination) {
        this(mongo, clock, destination, DashboardReads.of(mongo, destination::collection), Checkpoints.EVERY);
    }

    /**
     * Reads and writes where {@code reads} says (an {@link AsOfReads} for an answer as of a past instant), with a
     * {@linkplain Checkpoints checkpoint} at every {@code every}th global position when it starts empty; a dashboard
     * that already has checkpoints keeps the interval it stored with them ({@link Checkpoints#storedEvery}) until it
     * is reset, so a changed setting takes effect at its next replay and never leaves checkpoints at two intervals.
     */
    public DashboardProjection(MongoTemplate mongo, Clock clock, Destination destination, DashboardReads reads,
                               long every) {
        this(mongo, clock, destination, reads, every, cell -> true, false);
    }

    /**
     * A projection for one answer: it keeps only the cells the KPI set of {@code query} reads
     * ({@link DashboardSections#cellsOf}, at most five), and neither reads nor writes any other, so an answer as of a
     * past instant replays the events since its checkpoint at a fraction of the full cost. Each cell's documents
     * depend on that cell's changes alone, so the cells it keeps equal a full projection's. The companion directory
     * and the checkpoint marks are kept whole. It keeps no {@link PastVersion} (no one reads a copy's history) and no
     * {@link CachedReads} (its reads find its writes in the scratch copy, in memory already; the cache held 19.5 MB
     * mid-answer at 100,000 events, 2026-12-03). Otherwise as {@link #DashboardProjection(MongoTemplate, Clock,
     * Destination, DashboardReads, long)}.
     */
    public static DashboardProjection forAnswer(MongoTemplate mongo, Clock clock, Destination destination,
                                                DashboardReads reads, long every, FindDashboardQuery query) {
        return new DashboardProjection(mongo, clock, destination, reads, every,
                Set.copyOf(DashboardSections.cellsOf(query))::contains, true);
    }

    private DashboardProjection(MongoTemplate mongo, Clock clock, Destination destination, DashboardReads reads,
                                long every, Predicate<CubeCell> cells, boolean forOneAnswer) {
        this.mongo = mongo;
        this.cells = cells;
        this.versionsEvery = forOneAnswer ? () -> Versions.NONE : this::every;
        this.clock = clock;
        this.destination = destination;
        this.reads = new CachedReads(mongo, reads, forOneAnswer ? 0 : CachedReads.CAPACITY);
        this.setting = every;
        this.directory = new CompanionDirectory(mongo, this.reads, versionsEvery);
    }

    private CellWrites writes() {
        return new CellWrites(mongo, reads, versionsEvery.getAsLong());
    }

    /** The interval of this dashboard's checkpoints: the one it stored (as the current batch began), else the setting. */
    private long every() {
        return reads.storedEvery().orElse(setting);
    }

    @EventHandler
    void on(CompanionRegisteredEvent event, Recorded recorded) {
        String kind = event.kind().name();
        directory.put(event.companionId(), event.name(), kind, recorded.position());
        record(recorded, Fact.on(day(recorded)).kind(kind).count(COMPANIONS_REGISTERED, 1)
                .count(companionsByKind(kind, "registered"), 1)
                .count(companions("ACTIVE"), 1).count(companionsByKind(kind, "ACTIVE"), 1));
    }

    @EventHandler
    void on(CompanionProfileUpdatedEvent event, Recorded recorded) {
        directory.put(event.companionId(), event.name(), event.kind().name(), recorded.position());
        record(recorded);
    }

    @EventHandler
    void on(CompanionSuspendedEvent event, Recorded recorded) {
        record(recorded, companionMoved(day(recorded), event.kind().name(), "ACTIVE", "SUSPENDED"));
    }

    @EventHandler
    void on(CompanionReinstatedEvent event, Recorded recorded) {
        record(recorded, companionMoved(day(recorded), event.kind().name(), "SUSPENDED", "ACTIVE"));
    }

    @EventHandler
    void on(CompanionRetiredEvent event, Recorded recorded) {
        record(recorded, companionMoved(day(recorded), event.kind().name(), event.previousStatus().name(), "RETIRED"));
    }

    @EventHandler
    void on(ProjectRegisteredEvent event, Recorded recorded) {
        String domain = event.domain().name();
        record(recorded, Fact.on(day(recorded)).domain(domain).source(event.source()).count(PROJECTS_REGISTERED, 1)
                .count(projectStage("REGISTERED"), 1).count(projectStageDomain("REGISTERED", domain), 1)
                .count(projectsByDomain(domain), 1).count(projectsBySource(Texts.label(event.source())), 1));
    }

    @EventHandler
    void on(ProjectIncubationStartedEvent event, Recorded recorded) {
        record(recorded, projectMoved(day(recorded), event.domain().name(), event.source(), "REGISTERED", "INCUBATING"));
    }

    @EventHandler
    void on(ProjectWithdrawnEvent event, Recorded recorded) {
        record(recorded, projectMoved(day(recorded), event.domain().name(), event.source(), event.previousStage().name(),
                "WITHDRAWN"));
    }

    @EventHandler
    void on(ProjectLandedEvent event, Recorded recorded) {
        Fact moved = projectMoved(day(recorded), event.domain().name(), event.source(), "INCUBATING", "LANDED");
        if (event.incubationStartedOn() == null) {
            record(recorded, moved);
            return;
        }
        // a landing signed before the first assignment's date counts as landing at once
        long days = Math.max(0, ChronoUnit.DAYS.between(event.incubationStartedOn(), event.landedOn()));
        record(recorded, moved, Fact.on(event.landedOn()).domain(event.domain()).source(event.source())
                .district(event.district()).credit(directory.kindsOf(event.creditedCompanionIds()))
                .count(FIRST_LANDINGS, 1).count(timeToLanding(days), 1));
    }

    @EventHandler
    void on(LandingRecordedEvent event, Recorded recorded) {
        long fen = fen(event.signedAmountCny());
        String district = Texts.label(event.district());
        String domain = event.domain().name();
        String form = event.form().name();
        record(recorded, Fact.on(event.signedOn()).domain(domain).source(event.source()).district(district)
                .credit(directory.kindsOf(event.creditedCompanionIds()))
                .count(LANDINGS, 1).count(LANDINGS_FEN, fen)
                .count(landingsBy("byDistrict", district, false), 1)
                .count(landingsBy("byDistrict", district, true), fen)
                .count(landingsBy("byDomain", domain, false), 1).count(landingsBy("byDomain", domain, true), fen)
                .count(landingsBy("byForm", form, false), 1).count(landingsBy("byForm", form, true), fen)
                .count(landingsDistrictDomain(district, domain), 1)
                .leaders(event.projectId(), 0, 0));
    }

    @EventHandler
    void on(MilestoneLoggedEvent event, Recorded recorded) {
        record(recorded, Fact.on(event.occurredOn()).domain(event.domain()).source(event.source())
                .count(MILESTONES_PENDING, 1).count(milestoneStatusType("LOGGED", event.type().name()), 1));
    }

    @EventHandler
    void on(MilestoneVerifiedEvent event, Recorded recorded) {
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
        record(recorded, settled, verified);
    }

    @EventHandler
    void on(MilestoneRejectedEvent event, Recorded recorded) {
        String type = event.type().name();
        record(recorded, Fact.on(event.occurredOn()).domain(event.domain()).source(event.source())
                .count(MILESTONES_PENDING, -1).count(MILESTONES_REJECTED, 1)
                .count(milestoneStatusType("LOGGED", type), -1).count(milestoneStatusType("REJECTED", type), 1));
    }

    @EventHandler
    void on(ChallengePostedEvent event, Recorded recorded) {
        record(recorded, Fact.on(day(recorded)).domain(event.domain()).count(CHALLENGES_TOTAL, 1)
                .count(challengeStatus("POSTED"), 1));
    }

    @EventHandler
    void on(ChallengeMatchedEvent event, Recorded recorded) {
        record(recorded, challengeMoved(day(recorded), event.domain().name(), "POSTED", "MATCHED"));
    }

    @EventHandler
    void on(ChallengeClosedEvent event, Recorded recorded) {
        record(recorded, challengeMoved(day(recorded), event.domain().name(), event.previousStatus().name(), "CLOSED"));
    }

    @EventHandler
    void on(ChallengeSolvedEvent event, Recorded recorded) {
        record(recorded, challengeMoved(day(recorded), event.domain().name(), "MATCHED", "SOLVED"),
                Fact.on(event.solvedOn()).domain(event.domain()).source(event.projectSource())
                        .credit(directory.kindsOf(event.creditedCompanionIds()))
                        .count(CHALLENGES_SOLVED, 1).member(ENTERPRISES, enterpriseOf(event))
                        .leaders(null, 1, 0));
    }

    @ResetHandler
    void reset() {
        reads.forget();
        destination.reset(COLLECTIONS);
    }

    private void record(Recorded recorded, Fact... facts) {
        reads.handled(recorded.position());
        if (facts.length > 0) {
            writes().add(recorded.position(), List.of(facts), cells);
        }
        Checkpoints.Marks.handled(mongo, reads.collection(Checkpoints.MARKS), every(), recorded.position(),
                recorded.at());
    }

    /** The office's day on which the event was recorded. */
    private LocalDate day(Recorded recorded) {
        return LocalDate.ofInstant(recorded.at(), clock.getZone());
    }

    /**
     * An enterprise served is counted once: by its unified social credit code in normal form, or by its name in
     * normal form when it gave no code. Events stored before codes and names were normalised count the same way.
     */
    static String enterpriseOf(ChallengeSolvedEvent event) {
        boolean knownByName = event.enterpriseKey() == null || event.enterpriseKey().equals(event.enterprise());
        return knownByName ? Texts.label(event.enterprise()) : CreditCodes.normalise(event.enterpriseKey());
    }

    private static long fen(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }
}
