package org.peipao.command.companion;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.peipao.command.support.Validations;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.AwardHonourCommand;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.CompanionReinstatedEvent;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.companion.HonourAwardedEvent;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.companion.ReinstateCompanionCommand;
import org.peipao.api.companion.RetireCompanionCommand;
import org.peipao.api.companion.SuspendCompanionCommand;
import org.peipao.api.companion.UpdateCompanionProfileCommand;
import org.peipao.command.support.FakeLookups;

import java.util.List;

import static org.peipao.command.support.Validations.invalid;
import static org.peipao.command.support.Violations.violationOf;

class CompanionTest {

    private static final String ID = "c-1";
    private static final CompanionKind KIND = CompanionKind.TECH_BROKER;

    private FixtureConfiguration<Companion> fixture;
    private FakeLookups lookups;

    @BeforeEach
    void setUp() {
        fixture = Validations.validating(new AggregateTestFixture<>(Companion.class));
        lookups = new FakeLookups();
        fixture.registerInjectableResource(lookups);
    }

    private static RegisterCompanionCommand register(String name, Integer capacity) {
        return new RegisterCompanionCommand(ID, name, KIND, "Chongqing Tech Transfer Centre",
                List.of(IndustryDomain.AI), "li@example.org", capacity);
    }

    private static CompanionRegisteredEvent registered(int capacity) {
        return new CompanionRegisteredEvent(ID, "Li Wei", KIND, "Chongqing Tech Transfer Centre",
                List.of(IndustryDomain.AI), "li@example.org", capacity);
    }

    @Test
    void registersWithTheDefaultCapacityOfEight() {
        fixture.givenNoPriorActivity()
               .when(register("  Li Wei ", null))
               .expectSuccessfulHandlerExecution()
               .expectEvents(registered(8))
               .expectResultMessagePayload(0L);
    }

    @Test
    void repeatingTheSameRegistrationStoresNothing() {
        fixture.given(registered(8))
               .when(register("Li Wei", 8))
               .expectNoEvents()
               .expectResultMessagePayload(0L);
    }

    @Test
    void cannotReuseAnIdForOtherDetails() {
        fixture.given(registered(8))
               .when(register("Wang Fang", 8))
               .expectNoEvents()
               .expectException(violationOf("id-already-used"));
    }

    @Test
    void cannotTakeAnIdThatAProjectUses() {
        lookups.project(ID, org.peipao.api.project.ProjectStage.REGISTERED);
        fixture.givenNoPriorActivity()
               .when(register("Li Wei", 8))
               .expectNoEvents()
               .expectException(violationOf("id-already-used"));
    }

    @Test
    void cannotRegisterWithoutAName() {
        fixture.givenNoPriorActivity()
               .when(register(" ", 8))
               .expectException(invalid("name"));
    }

    @Test
    void cannotRegisterWithANameOver200Characters() {
        fixture.givenNoPriorActivity()
               .when(register("x".repeat(201), 8))
               .expectException(invalid("name"));
    }

    @Test
    void cannotRegisterWithoutAKind() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCompanionCommand(ID, "Li Wei", null, "Org", List.of(), null, null))
               .expectException(invalid("kind"));
    }

    @Test
    void cannotRegisterWithoutAnOrganisation() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCompanionCommand(ID, "Li Wei", KIND, null, List.of(), null, null))
               .expectException(invalid("organisation"));
    }

    @Test
    void cannotRegisterWithACapacityOutsideOneToFifty() {
        fixture.givenNoPriorActivity().when(register("Li Wei", 0)).expectException(invalid("capacity"));
        fixture.givenNoPriorActivity().when(register("Li Wei", 51)).expectException(invalid("capacity"));
    }

    @Test
    void updatesTheProfileKeepingTheKind() {
        fixture.given(registered(8))
               .when(new UpdateCompanionProfileCommand(ID, "Li Wei", "Jinfeng Laboratory",
                       List.of(IndustryDomain.LIFE_SCIENCES), null, 12))
               .expectEvents(new CompanionProfileUpdatedEvent(ID, KIND, "Li Wei", "Jinfeng Laboratory",
                       List.of(IndustryDomain.LIFE_SCIENCES), null, 12))
               .expectResultMessagePayload(1L);
    }

    @Test
    void cannotLowerTheCapacityBelowTheActiveAssignments() {
        lookups.companion(ID, CompanionStatus.ACTIVE, 8, 3);
        fixture.given(registered(8))
               .when(new UpdateCompanionProfileCommand(ID, "Li Wei", "Org", List.of(), null, 2))
               .expectException(violationOf("capacity-below-active-assignments"));
    }

    @Test
    void awardsAnHonourOnce() {
        HonourAwardedEvent gold = new HonourAwardedEvent(ID, KIND, "Gold Companion", 2025);
        fixture.given(registered(8))
               .when(new AwardHonourCommand(ID, "Gold Companion", 2025))
               .expectEvents(gold);
        fixture.given(registered(8), gold)
               .when(new AwardHonourCommand(ID, "Gold Companion", 2025))
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void suspendsAnActiveCompanion() {
        fixture.given(registered(8))
               .when(new SuspendCompanionCommand(ID, "on leave"))
               .expectEvents(new CompanionSuspendedEvent(ID, KIND, "on leave"));
    }

    @Test
    void cannotSuspendASuspendedCompanion() {
        fixture.given(registered(8), new CompanionSuspendedEvent(ID, KIND, "on leave"))
               .when(new SuspendCompanionCommand(ID, "again"))
               .expectException(violationOf("companion-not-active"));
    }

    @Test
    void cannotSuspendWithoutAReason() {
        fixture.given(registered(8))
               .when(new SuspendCompanionCommand(ID, " "))
               .expectException(invalid("reason"));
    }

    @Test
    void reinstatesASuspendedCompanion() {
        fixture.given(registered(8), new CompanionSuspendedEvent(ID, KIND, "on leave"))
               .when(new ReinstateCompanionCommand(ID))
               .expectEvents(new CompanionReinstatedEvent(ID, KIND));
    }

    @Test
    void cannotReinstateAnActiveCompanion() {
        fixture.given(registered(8))
               .when(new ReinstateCompanionCommand(ID))
               .expectException(violationOf("companion-not-suspended"));
    }

    @Test
    void retiresAnActiveOrSuspendedCompanionWithoutAssignments() {
        fixture.given(registered(8))
               .when(new RetireCompanionCommand(ID, "moved away"))
               .expectEvents(new CompanionRetiredEvent(ID, KIND, CompanionStatus.ACTIVE, "moved away"));
        fixture.given(registered(8), new CompanionSuspendedEvent(ID, KIND, "on leave"))
               .when(new RetireCompanionCommand(ID, "moved away"))
               .expectEvents(new CompanionRetiredEvent(ID, KIND, CompanionStatus.SUSPENDED, "moved away"));
    }

    @Test
    void cannotRetireWhileAccompanyingProjects() {
        lookups.companion(ID, CompanionStatus.ACTIVE, 8, 1);
        fixture.given(registered(8))
               .when(new RetireCompanionCommand(ID, "moved away"))
               .expectException(violationOf("companion-has-active-assignments"));
    }

    @Test
    void cannotRetireTwice() {
        fixture.given(registered(8), new CompanionRetiredEvent(ID, KIND, CompanionStatus.ACTIVE, "moved away"))
               .when(new RetireCompanionCommand(ID, "again"))
               .expectException(violationOf("companion-already-retired"));
    }

    @Test
    void cannotUpdateARetiredCompanionsProfile() {
        fixture.given(registered(8), new CompanionRetiredEvent(ID, KIND, CompanionStatus.ACTIVE, "moved away"))
               .when(new UpdateCompanionProfileCommand(ID, "Li Wei", "Org", List.of(), null, 8))
               .expectException(violationOf("companion-retired"));
    }
}
