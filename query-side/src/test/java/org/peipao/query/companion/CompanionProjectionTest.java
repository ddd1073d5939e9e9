package org.peipao.query.companion;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
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
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.stream.IntStream;

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
    private EventFeed feed;
    private CompanionQueries queries;

    @BeforeEach
    void freshDatabase() {
        var mongo = server.freshTemplate();
        feed = new EventFeed(new CompanionProjection(mongo, Catalogs.liveDestination(mongo, CompanionProjection.PROCESSING_GROUP)));
        queries = new CompanionQueries(mongo, Catalogs.of(mongo));
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

        feed.feed(new CompanionProfileUpdatedEvent("c-1", TECH_BROKER, "Li Wei (Dr.)", "Lingang Lab",
                List.of(NEW_MATERIALS), "wei.li@example.org", 8));

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

        feed.feed(new HonourAwardedEvent("c-1", TECH_BROKER, "Golden Broker", 2024));
        feed.feed(new HonourAwardedEvent("c-1", TECH_BROKER, "Pudong Pathfinder", 2025));

        CompanionView companion = find("c-1");
        assertThat(companion.honours()).containsExactly(new CompanionView.Honour("Golden Broker", 2024),
                new CompanionView.Honour("Pudong Pathfinder", 2025));
        assertThat(companion.version()).isEqualTo(2);
    }

    @Test
    void suspensionRecordsItsReasonAndReinstatementClearsIt() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);

        feed.feed(new CompanionSuspendedEvent("c-1", TECH_BROKER, "conflict of interest"));
        CompanionView suspended = find("c-1");
        feed.feed(new CompanionReinstatedEvent("c-1", TECH_BROKER));
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

        feed.feed(new CompanionRetiredEvent("c-1", TECH_BROKER, CompanionStatus.ACTIVE, "moved abroad"));

        CompanionView companion = find("c-1");
        assertThat(companion.status()).isEqualTo(CompanionStatus.RETIRED);
        assertThat(companion.statusReason()).isEqualTo("moved abroad");
        assertThat(companion.version()).isEqualTo(1);
    }

    @Test
    void assignmentAndReleaseChangeActiveAssignmentsButNotTheCompanionsVersion() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);
        feed.feed(new HonourAwardedEvent("c-1", TECH_BROKER, "Golden Broker", 2024));

        feed.feed(assigned("p-1", "c-1", AssignmentRole.LEAD));
        feed.feed(assigned("p-2", "c-1", AssignmentRole.SUPPORTING));
        CompanionView assigned = find("c-1");
        feed.feed(released("p-1", "c-1"));
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

        feed.feed(landing("p-1", "l-1", List.of("c-1", "c-2")));
        feed.feed(landing("p-1", "l-2", List.of("c-1")));
        feed.feed(landing("p-2", "l-3", List.of("c-1")));
        feed.feed(verified("p-1", "m-1", List.of("c-1")));
        feed.feed(verified("p-1", "m-2", List.of("c-1")));
        feed.feed(solved("ch-1", List.of("c-1")));

        assertThat(find("c-1").outcomes()).isEqualTo(new CompanionView.Outcomes(2, 1, 2));
        assertThat(find("c-2").outcomes()).isEqualTo(new CompanionView.Outcomes(1, 0, 0));
        assertThat(find("c-1").version()).isZero();
    }

    @Test
    void outcomesCreditedToAnUnknownCompanionCreateNoDocument() {
        feed.feed(landing("p-1", "l-1", List.of("ghost")));
        feed.feed(assigned("p-1", "ghost", AssignmentRole.LEAD));

        assertThat(queries.handle(new FindCompanionQuery("ghost"))).isEmpty();
    }

    @Test
    void redeliveredCompanionEventsChangeNothing() {
        TrackedEventMessage<?> registration = feed.feed(registered("c-1", "Li Wei", TECH_BROKER,
                "Zhangjiang Tech Transfer", 5, AI));
        TrackedEventMessage<?> honour = feed.feed(new HonourAwardedEvent("c-1", TECH_BROKER, "Golden Broker", 2024));
        feed.feed(new CompanionSuspendedEvent("c-1", TECH_BROKER, "audit"));
        CompanionView before = find("c-1");

        feed.redeliver(registration);
        feed.redeliver(honour);

        assertThat(find("c-1")).isEqualTo(before);
        assertThat(before.honours()).hasSize(1);
        assertThat(before.status()).isEqualTo(CompanionStatus.SUSPENDED);
    }

    @Test
    void aRedeliveredAssignmentNeitherDuplicatesNorRevivesIt() {
        register("c-1", "Li Wei", TECH_BROKER, "Zhangjiang Tech Transfer", 5, AI);
        TrackedEventMessage<?> assignment = feed.feed(assigned("p-1", "c-1", AssignmentRole.LEAD));
        feed.redeliver(assignment);
        CompanionView afterDuplicate = find("c-1");
        feed.feed(released("p-1", "c-1"));

        feed.redeliver(assignment);

        assertThat(afterDuplicate.activeAssignments()).hasSize(1);
        assertThat(find("c-1").activeAssignments()).isEmpty();
    }

    @Test
    void eventsDeliveredThroughAxonReachTheHandlersWithTheirSequenceAndPosition() {
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

    @Test
    void aBatchIsOneBulkWriteAndMakesTheSameDocumentsAsEventByEvent() {
        MongoTemplate oneByOne = server.freshTemplate();
        MongoTemplate batched = server.freshTemplate();
        playCompanions(new EventFeed(projection(oneByOne)));
        EventFeed batches = new EventFeed(projection(batched)).inBatchesOf(1_000);
        playCompanions(batches);
        batches.endBatch();

        for (String id : List.of("c-1", "c-2", "c-3")) {
            assertThat(companion(batched, id)).isEqualTo(companion(oneByOne, id));
        }
        CompanionView first = companion(batched, "c-1");
        assertThat(first.honours()).hasSize(2);
        assertThat(first.version()).isEqualTo(2);
        assertThat(companion(batched, "c-2").status()).isEqualTo(CompanionStatus.SUSPENDED);
        assertThat(server.writeCommands(oneByOne)).as("one write per event").isEqualTo(6);
        assertThat(server.writeCommands(batched)).as("one bulk for the batch").isEqualTo(1);

        long before = server.writeCommands(batched);
        batches.redeliverAll();
        assertThat(server.writeCommands(batched)).as("a batch delivered again writes nothing").isEqualTo(before);
        assertThat(companion(batched, "c-1")).isEqualTo(companion(oneByOne, "c-1"));
    }

    @Test
    void aBatchReadsTheCompanionsItsEventsNameInOneQueryPerHundred() {
        MongoTemplate oneByOne = server.freshTemplate();
        MongoTemplate batched = server.freshTemplate();
        EventFeed single = new EventFeed(projection(oneByOne));
        EventFeed batches = new EventFeed(projection(batched)).inBatchesOf(10_000);
        List<String> ids = IntStream.range(0, 150).mapToObj(n -> "c-" + n).toList();
        for (EventFeed feed : List.of(single, batches)) {
            ids.forEach(id -> feed.feed(registered(id, "Companion " + id, TECH_BROKER, "Org", 5, AI)));
            feed.endBatch();
        }
        long before = server.findCommands(batched);
        for (EventFeed feed : List.of(single, batches)) {
            for (int n = 0; n < ids.size(); n++) {
                feed.feed(assigned("p-" + n, ids.get(n), AssignmentRole.LEAD));
                // each verification credits two companions: the list is read as well as the single ids
                feed.feed(verified("p-" + n, "m-" + n, List.of(ids.get(n), ids.get((n + 1) % ids.size()))));
            }
            feed.endBatch();
        }

        // 150 existing companions, named by 300 events: two groups of ids (the catalog may add a look-up of its own)
        assertThat(server.findCommands(batched) - before).as("finds for the second batch").isBetween(2L, 3L);
        for (String id : ids) {
            assertThat(companion(batched, id)).isEqualTo(companion(oneByOne, id));
        }
        CompanionView first = companion(batched, "c-0");
        assertThat(first.activeAssignments()).hasSize(1);
        assertThat(first.outcomes().verifiedMilestones()).isEqualTo(2);
    }

    private void register(String id, String name, CompanionKind kind, String organisation, int capacity,
                          IndustryDomain... domains) {
        feed.feed(registered(id, name, kind, organisation, capacity, domains));
    }

    private CompanionView find(String id) {
        return queries.handle(new FindCompanionQuery(id)).orElseThrow();
    }

    private static void playCompanions(EventFeed feed) {
        feed.feed(new CompanionRegisteredEvent("c-1", "Li Wei", CompanionKind.TECH_BROKER, "Org",
                List.of(IndustryDomain.AI), "c-1@example.org", 5));
        feed.feed(new CompanionRegisteredEvent("c-2", "Wang Fang", CompanionKind.INCUBATOR_MANAGER, "Org",
                List.of(IndustryDomain.AI), "c-2@example.org", 3));
        feed.feed(new HonourAwardedEvent("c-1", CompanionKind.TECH_BROKER, "Gold Companion", 2024));
        feed.feed(new CompanionSuspendedEvent("c-2", CompanionKind.INCUBATOR_MANAGER, "on leave"));
        feed.feed(new HonourAwardedEvent("c-1", CompanionKind.TECH_BROKER, "Gold Companion", 2025));
        feed.feed(new CompanionRegisteredEvent("c-3", "Chen Jing", CompanionKind.TECH_BROKER, "Org",
                List.of(IndustryDomain.AI), "c-3@example.org", 5));
    }

    private static CompanionProjection projection(MongoTemplate template) {
        return new CompanionProjection(template, Catalogs.liveDestination(template, CompanionProjection.PROCESSING_GROUP));
    }

    private static CompanionView companion(MongoTemplate template, String id) {
        return new CompanionQueries(template, Catalogs.of(template)).handle(new FindCompanionQuery(id)).orElseThrow();
    }
}
