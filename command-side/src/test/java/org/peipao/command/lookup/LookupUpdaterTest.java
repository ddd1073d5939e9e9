package org.peipao.command.lookup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.CompanionReinstatedEvent;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.CompanionReleasedEvent;
import org.peipao.api.project.ProjectIncubationStartedEvent;
import org.peipao.api.project.ProjectLandedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectWithdrawnEvent;
import org.peipao.command.lookup.CommandLookups.AggregateKind;
import org.peipao.command.lookup.CommandLookups.ChallengeFacts;
import org.peipao.command.lookup.CommandLookups.CompanionFacts;
import org.peipao.command.lookup.CommandLookups.ProjectFacts;
import org.peipao.command.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peipao.command.support.Violations.violationOf;

/** The look-ups follow the events, and their guarded updates refuse what a racing command could slip past. */
class LookupUpdaterTest {

    private static final CompanionKind KIND = CompanionKind.INCUBATOR_MANAGER;
    private static final IndustryDomain DOMAIN = IndustryDomain.AI;
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private JdbcTemplate jdbc;
    private LookupUpdater updater;
    private CommandLookups lookups;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:hsqldb:mem:lookups-" + UUID.randomUUID(), "SA", ""));
        new LookupTables(jdbc).afterPropertiesSet();
        updater = new LookupUpdater(jdbc);
        lookups = new JdbcCommandLookups(jdbc);
    }

    @AfterEach
    void tearDown() {
        jdbc.execute("SHUTDOWN");
    }

    private void registerCompanion(String id, int capacity) {
        updater.on(new CompanionRegisteredEvent(id, "Zhang Min", KIND, "Liangjiang Incubator", List.of(DOMAIN), null,
                capacity));
    }

    private void registerProject(String id) {
        updater.on(new ProjectRegisteredEvent(id, "Edge AI inspection", DOMAIN, "Xingyu Cup", "Germany", "Dr Weber",
                null));
    }

    private void assign(String companionId, String projectId) {
        updater.on(new CompanionAssignedEvent(projectId, companionId, AssignmentRole.SUPPORTING, DAY, DOMAIN, "fair"));
    }

    private void release(String companionId, String projectId) {
        updater.on(new CompanionReleasedEvent(projectId, companionId, AssignmentRole.SUPPORTING, DAY, null, DOMAIN,
                "fair"));
    }

    private void updateCapacity(String companionId, int capacity) {
        updater.on(new CompanionProfileUpdatedEvent(companionId, KIND, "Zhang Min", "Liangjiang Incubator",
                List.of(DOMAIN), null, capacity));
    }

    private void postChallenge(String id) {
        updater.on(new ChallengePostedEvent(id, "Seres", null, DOMAIN, "Weld seam inspection", null));
    }

    private static RuleViolation refusal(Runnable update) {
        return assertThrows(RuleViolation.class, update::run);
    }

    @Test
    void aRegisteredCompanionIsActiveWithoutAssignments() {
        registerCompanion("c-1", 3);
        assertEquals(Optional.of(new CompanionFacts("c-1", CompanionStatus.ACTIVE, 3, 0)), lookups.companion("c-1"));
        assertEquals(Optional.of(AggregateKind.COMPANION), lookups.aggregateKind("c-1"));
        assertEquals(Optional.empty(), lookups.companion("c-2"));
        assertEquals(Optional.empty(), lookups.aggregateKind("c-2"));
    }

    @Test
    void countsActiveAssignments() {
        registerCompanion("c-1", 3);
        assign("c-1", "p-1");
        assign("c-1", "p-2");
        release("c-1", "p-1");
        assertEquals(1, lookups.companion("c-1").orElseThrow().activeAssignments());
    }

    @Test
    void knowsWhoAccompaniesWhichProject() {
        registerCompanion("c-1", 3);
        assign("c-1", "p-1");
        assign("c-1", "p-2");
        release("c-1", "p-1");
        assertEquals(false, lookups.isAssigned("p-1", "c-1"));
        assertEquals(true, lookups.isAssigned("p-2", "c-1"));
        assertEquals(false, lookups.isAssigned("p-2", "c-2"));
    }

    @Test
    void followsSuspensionAndReinstatement() {
        registerCompanion("c-1", 3);
        updater.on(new CompanionSuspendedEvent("c-1", KIND, "on leave"));
        assertEquals(CompanionStatus.SUSPENDED, lookups.companion("c-1").orElseThrow().status());
        updater.on(new CompanionReinstatedEvent("c-1", KIND));
        assertEquals(CompanionStatus.ACTIVE, lookups.companion("c-1").orElseThrow().status());
    }

    @Test
    void refusesToAssignACompanionAtCapacity() {
        registerCompanion("c-1", 1);
        assign("c-1", "p-1");
        assertThat(refusal(() -> assign("c-1", "p-2")), violationOf("companion-not-available"));
        assertEquals(1, lookups.companion("c-1").orElseThrow().activeAssignments());
    }

    @Test
    void refusesToAssignACompanionWhoIsNotActive() {
        registerCompanion("c-1", 3);
        updater.on(new CompanionSuspendedEvent("c-1", KIND, "on leave"));
        assertThat(refusal(() -> assign("c-1", "p-1")), violationOf("companion-not-available"));
        assertEquals(0, lookups.companion("c-1").orElseThrow().activeAssignments());
    }

    @Test
    void refusesToRetireACompanionWithActiveAssignments() {
        registerCompanion("c-1", 3);
        assign("c-1", "p-1");
        CompanionRetiredEvent retired = new CompanionRetiredEvent("c-1", KIND, CompanionStatus.ACTIVE, "moved away");
        assertThat(refusal(() -> updater.on(retired)), violationOf("companion-has-active-assignments"));
        assertEquals(CompanionStatus.ACTIVE, lookups.companion("c-1").orElseThrow().status());
        release("c-1", "p-1");
        updater.on(retired);
        assertEquals(CompanionStatus.RETIRED, lookups.companion("c-1").orElseThrow().status());
    }

    @Test
    void refusesToLowerTheCapacityBelowTheActiveAssignments() {
        registerCompanion("c-1", 3);
        assign("c-1", "p-1");
        assign("c-1", "p-2");
        assertThat(refusal(() -> updateCapacity("c-1", 1)), violationOf("capacity-below-active-assignments"));
        assertEquals(3, lookups.companion("c-1").orElseThrow().capacity());
        updateCapacity("c-1", 2);
        assertEquals(2, lookups.companion("c-1").orElseThrow().capacity());
    }

    @Test
    void followsAProjectsStages() {
        registerProject("p-1");
        assertEquals(Optional.of(new ProjectFacts("p-1", ProjectStage.REGISTERED)), lookups.project("p-1"));
        assertEquals(Optional.of(AggregateKind.PROJECT), lookups.aggregateKind("p-1"));
        updater.on(new ProjectIncubationStartedEvent("p-1", DAY, DOMAIN, "fair"));
        assertEquals(ProjectStage.INCUBATING, lookups.project("p-1").orElseThrow().stage());
        updater.on(new ProjectLandedEvent("p-1", DAY, DAY, "Banan", List.of("c-1"), DOMAIN, "fair"));
        assertEquals(ProjectStage.LANDED, lookups.project("p-1").orElseThrow().stage());
        registerProject("p-2");
        updater.on(new ProjectWithdrawnEvent("p-2", ProjectStage.REGISTERED, "no team", DOMAIN, "fair"));
        assertEquals(ProjectStage.WITHDRAWN, lookups.project("p-2").orElseThrow().stage());
    }

    @Test
    void followsAChallengeFromPostingToSolving() {
        registerProject("p-1");
        postChallenge("ch-1");
        assertEquals(Optional.of(new ChallengeFacts("ch-1", ChallengeStatus.POSTED, null)), lookups.challenge("ch-1"));
        assertEquals(Optional.of(AggregateKind.CHALLENGE), lookups.aggregateKind("ch-1"));
        updater.on(new ChallengeMatchedEvent("ch-1", "p-1", null, "Seres", DOMAIN));
        assertEquals(Optional.of(new ChallengeFacts("ch-1", ChallengeStatus.MATCHED, "p-1")), lookups.challenge("ch-1"));
        updater.on(new ChallengeSolvedEvent("ch-1", "p-1", "m-1", DAY, "Seres", "Seres", DOMAIN, List.of(), DOMAIN,
                "fair"));
        assertEquals(ChallengeStatus.SOLVED, lookups.challenge("ch-1").orElseThrow().status());
    }

    @Test
    void followsAClosedChallenge() {
        postChallenge("ch-1");
        updater.on(new ChallengeClosedEvent("ch-1", ChallengeStatus.POSTED, "duplicate", DOMAIN));
        assertEquals(ChallengeStatus.CLOSED, lookups.challenge("ch-1").orElseThrow().status());
    }

    @Test
    void refusesToMatchAChallengeToAWithdrawnProject() {
        registerProject("p-1");
        updater.on(new ProjectWithdrawnEvent("p-1", ProjectStage.REGISTERED, "no team", DOMAIN, "fair"));
        postChallenge("ch-1");
        ChallengeMatchedEvent matched = new ChallengeMatchedEvent("ch-1", "p-1", null, "Seres", DOMAIN);
        assertThat(refusal(() -> updater.on(matched)), violationOf("project-withdrawn"));
        assertEquals(ChallengeStatus.POSTED, lookups.challenge("ch-1").orElseThrow().status());
    }

    @Test
    void refusesToRegisterAnIdTwice() {
        registerCompanion("c-1", 3);
        assertThrows(DataIntegrityViolationException.class, () -> registerCompanion("c-1", 3));
        assertThrows(DataIntegrityViolationException.class, () -> registerProject("c-1"));
        assertEquals(Optional.of(AggregateKind.COMPANION), lookups.aggregateKind("c-1"));
        assertEquals(Optional.empty(), lookups.project("c-1"));
    }
}
