package org.peipao.query.companion;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionReinstatedEvent;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.companion.CompanionView;
import org.peipao.api.companion.FindCompanionQuery;
import org.peipao.api.companion.HonourAwardedEvent;
import org.peipao.api.project.AssignmentRole;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.api.IndustryDomain.AI;
import static org.peipao.api.IndustryDomain.NEW_MATERIALS;
import static org.peipao.api.companion.CompanionKind.TECH_BROKER;
import static org.peipao.query.companion.CompanionEvents.MARCH_1;
import static org.peipao.query.companion.CompanionEvents.assigned;
import static org.peipao.query.companion.CompanionEvents.landing;
import static org.peipao.query.companion.CompanionEvents.registered;
import static org.peipao.query.companion.CompanionEvents.released;
import static org.peipao.query.companion.CompanionEvents.solved;
import static org.peipao.query.companion.CompanionEvents.verified;

class CompanionProjectionTest {

    @RegisterExtension
    static final InMemoryMongo server = InMemoryMongo.start();
    private CompanionProjection projection;
    private CompanionQueries queries;
    private long position;

    @BeforeEach
    void freshDatabase() {
        var mongo = server.freshTemplate();
        projection = new CompanionProjection(mongo, Catalogs.of(mongo));
        queries = new CompanionQueries(mongo, Catalogs.of(mongo));
        position = 0;
    }

    @Test
    void registrationCreatesAnActiveCompanionAtVersionZero() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI, NEW_MATERIALS);

        assertThat(find("c-1")).isEqualTo(new CompanionView("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer",
                List.of(AI, NEW_MATERIALS), "c-1@example.org", CompanionStatus.ACTIVE, null, 5, List.of(), List.of(),
                new CompanionView.Outcomes(0, 0, 0), 0));
    }

    @Test
    void anUnknownCompanionIsNotFound() {
        assertThat(queries.handle(new FindCompanionQuery("nobody"))).isEmpty();
    }

    @Test
    void profileUpdateReplacesTheProfileAndMovesTheVersion() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);

        projection.on(new CompanionProfileUpdatedEvent("c-1", TECH_BROKER, "Li Wei (Dr.)", "Lingang Lab",
                List.of(NEW_MATERIALS), "wei.li@example.org", 8), 1, next());

        CompanionView companion = find("c-1");
        assertThat(companion.name()).isEqualTo("Li Wei (Dr.)");
        assertThat(companion.organisation()).isEqualTo("Lingang Lab");
        assertThat(companion.domains()).containsExactly(NEW_MATERIALS);
        assertThat(companion.email()).isEqualTo("wei.li@example.org");
        assertThat(companion.capacity()).isEqualTo(8);
        assertThat(companion.kind()).isEqualTo(TECH_BROKER);
        assertThat(companion.version()).isEqualTo(1);
    }

    @Test
    void honoursAccumulateInTheOrderAwarded() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);

        projection.on(new HonourAwardedEvent("c-1", TECH_BROKER, "Golden Broker", 2024), 1, next());
        projection.on(new HonourAwardedEvent("c-1", TECH_BROKER, "Pudong Pathfinder", 2025), 2, next());

        CompanionView companion = find("c-1");
        assertThat(companion.honours()).containsExactly(new CompanionView.Honour("Golden Broker", 2024),
                new CompanionView.Honour("Pudong Pathfinder", 2025));
        assertThat(companion.version()).isEqualTo(2);
    }

    @Test
    void suspensionRecordsItsReasonAndReinstatementClearsIt() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);

        projection.on(new CompanionSuspendedEvent("c-1", TECH_BROKER, "conflict of interest"), 1, next());
        CompanionView suspended = find("c-1");
        projection.on(new CompanionReinstatedEvent("c-1", TECH_BROKER), 2, next());
        CompanionView reinstated = find("c-1");

        assertThat(suspended.status()).isEqualTo(CompanionStatus.SUSPENDED);
        assertThat(suspended.statusReason()).isEqualTo("conflict of interest");
        assertThat(suspended.version()).isEqualTo(1);
        assertThat(reinstated.status()).isEqualTo(CompanionStatus.ACTIVE);
        assertThat(reinstated.statusReason()).isNull();
        assertThat(reinstated.version()).isEqualTo(2);
    }

    @Test
    void retirementRecordsItsReason() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);

        projection.on(new CompanionRetiredEvent("c-1", TECH_BROKER, CompanionStatus.ACTIVE, "moved abroad"), 1, next());

        CompanionView companion = find("c-1");
        assertThat(companion.status()).isEqualTo(CompanionStatus.RETIRED);
        assertThat(companion.statusReason()).isEqualTo("moved abroad");
        assertThat(companion.version()).isEqualTo(1);
    }

    @Test
    void assignmentAndReleaseChangeActiveAssignmentsButNotTheCompanionsVersion() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);
        projection.on(new HonourAwardedEvent("c-1", TECH_BROKER, "Golden Broker", 2024), 1, next());

        projection.on(assigned("p-1", "c-1", AssignmentRole.LEAD), next());
        projection.on(assigned("p-2", "c-1", AssignmentRole.SUPPORTING), next());
        CompanionView assigned = find("c-1");
        projection.on(released("p-1", "c-1"), next());
        CompanionView released = find("c-1");

        assertThat(assigned.activeAssignments()).containsExactly(
                new CompanionView.ActiveAssignment("p-1", AssignmentRole.LEAD, MARCH_1),
                new CompanionView.ActiveAssignment("p-2", AssignmentRole.SUPPORTING, MARCH_1));
        assertThat(released.activeAssignments()).containsExactly(
                new CompanionView.ActiveAssignment("p-2", AssignmentRole.SUPPORTING, MARCH_1));
        assertThat(assigned.version()).isEqualTo(1);
        assertThat(released.version()).isEqualTo(1);
    }

    @Test
    void outcomesCountDistinctLandedProjectsSolvedChallengesAndVerifiedMilestones() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);
        register("c-2", "Wang Fang", TECH_BROKER, "Minhang Hub", 5, AI);

        projection.on(landing("p-1", "l-1", List.of("c-1", "c-2")), next());
        projection.on(landing("p-1", "l-2", List.of("c-1")), next());
        projection.on(landing("p-2", "l-3", List.of("c-1")), next());
        projection.on(verified("p-1", "m-1", List.of("c-1")), next());
        projection.on(verified("p-1", "m-2", List.of("c-1")), next());
        projection.on(solved("ch-1", List.of("c-1")), next());

        assertThat(find("c-1").outcomes()).isEqualTo(new CompanionView.Outcomes(2, 1, 2));
        assertThat(find("c-2").outcomes()).isEqualTo(new CompanionView.Outcomes(1, 0, 0));
        assertThat(find("c-1").version()).isZero();
    }

    @Test
    void outcomesCreditedToAnUnknownCompanionCreateNoDocument() {
        projection.on(landing("p-1", "l-1", List.of("ghost")), next());
        projection.on(assigned("p-1", "ghost", AssignmentRole.LEAD), next());

        assertThat(queries.handle(new FindCompanionQuery("ghost"))).isEmpty();
    }

    @Test
    void redeliveredCompanionEventsChangeNothing() {
        TrackingToken registration = next();
        projection.on(registered("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI), 0, registration);
        TrackingToken honour = next();
        projection.on(new HonourAwardedEvent("c-1", TECH_BROKER, "Golden Broker", 2024), 1, honour);
        projection.on(new CompanionSuspendedEvent("c-1", TECH_BROKER, "audit"), 2, next());
        CompanionView before = find("c-1");

        projection.on(registered("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI), 0, registration);
        projection.on(new HonourAwardedEvent("c-1", TECH_BROKER, "Golden Broker", 2024), 1, honour);

        assertThat(find("c-1")).isEqualTo(before);
        assertThat(before.honours()).hasSize(1);
        assertThat(before.status()).isEqualTo(CompanionStatus.SUSPENDED);
    }

    @Test
    void aRedeliveredAssignmentNeitherDuplicatesNorRevivesIt() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);
        TrackingToken assignment = next();
        projection.on(assigned("p-1", "c-1", AssignmentRole.LEAD), assignment);
        projection.on(assigned("p-1", "c-1", AssignmentRole.LEAD), assignment);
        CompanionView afterDuplicate = find("c-1");
        projection.on(released("p-1", "c-1"), next());

        projection.on(assigned("p-1", "c-1", AssignmentRole.LEAD), assignment);

        assertThat(afterDuplicate.activeAssignments()).hasSize(1);
        assertThat(find("c-1").activeAssignments()).isEmpty();
    }

    @Test
    void eventsDeliveredThroughAxonReachTheHandlersWithTheirSequenceAndPosition() {
        EventFeed feed = new EventFeed(projection);
        feed.feed("c-1", registered("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI), "admin");
        feed.feed("c-1", new HonourAwardedEvent("c-1", TECH_BROKER, "Golden Broker", 2024), "admin");
        TrackedEventMessage<?> assignment = feed.feed("p-1", assigned("p-1", "c-1", AssignmentRole.LEAD), "admin");
        feed.feed("p-1", landing("p-1", "l-1", List.of("c-1")), "admin");

        feed.redeliver(assignment);

        CompanionView companion = find("c-1");
        assertThat(companion.version()).isEqualTo(1);
        assertThat(companion.activeAssignments()).hasSize(1);
        assertThat(companion.outcomes().landedProjects()).isEqualTo(1);
    }

    private void register(String id, String name, CompanionKind kind, String organisation, int capacity,
                          IndustryDomain... domains) {
        projection.on(registered(id, name, kind, organisation, capacity, domains), 0, next());
    }

    private CompanionView find(String id) {
        return queries.handle(new FindCompanionQuery(id)).orElseThrow();
    }

    private TrackingToken next() {
        return new GlobalSequenceTrackingToken(++position);
    }
}
