package org.peipao.query.project;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.FindProjectQuery;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneStatus;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectView;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.peipao.api.IndustryDomain.NEW_MATERIALS;
import static org.peipao.api.project.AssignmentRole.LEAD;
import static org.peipao.api.project.AssignmentRole.SUPPORTING;
import static org.peipao.api.project.MilestoneType.FINANCING_CLOSED;
import static org.peipao.api.project.MilestoneType.PATENT_GRANTED;
import static org.peipao.api.project.MilestoneType.PILOT_STARTED;
import static org.peipao.query.project.ProjectEvents.MARCH_1;
import static org.peipao.query.project.ProjectEvents.assigned;
import static org.peipao.query.project.ProjectEvents.incubationStarted;
import static org.peipao.query.project.ProjectEvents.landed;
import static org.peipao.query.project.ProjectEvents.landing;
import static org.peipao.query.project.ProjectEvents.logged;
import static org.peipao.query.project.ProjectEvents.registered;
import static org.peipao.query.project.ProjectEvents.rejected;
import static org.peipao.query.project.ProjectEvents.released;
import static org.peipao.query.project.ProjectEvents.verified;
import static org.peipao.query.project.ProjectEvents.withdrawn;

class ProjectProjectionTest {

    private static final LocalDate JUNE_18 = LocalDate.of(2025, 6, 18);

    @RegisterExtension
    static final InMemoryMongo server = InMemoryMongo.start();
    private MongoTemplate mongo;
    private ProjectQueries queries;
    private EventFeed feed;

    @BeforeEach
    void freshDatabase() {
        mongo = server.freshTemplate();
        queries = new ProjectQueries(mongo, Catalogs.of(mongo));
        feed = new EventFeed(new ProjectProjection(mongo, Catalogs.liveDestination(mongo, ProjectProjection.PROCESSING_GROUP)));
    }

    @Test
    void registrationCreatesARegisteredProjectAtVersionZero() {
        TrackedEventMessage<?> registration = feed.feed("p-1",
                registered("p-1", "Solid-state separator", NEW_MATERIALS, "university", "Zhang San"), "admin");

        assertThat(find("p-1")).isEqualTo(new ProjectView("p-1", "Solid-state separator", NEW_MATERIALS, "university",
                "Fudan University", "Zhang San", "summary of Solid-state separator", ProjectStage.REGISTERED, null,
                List.of(), List.of(), List.of(),
                List.of(new ProjectView.TimelineEntry(registration.getTimestamp(), null, "ProjectRegistered",
                        "registered from university", "admin")),
                0));
    }

    @Test
    void anUnknownProjectIsNotFound() {
        assertThat(queries.handle(new FindProjectQuery("nothing"))).isEmpty();
    }

    @Test
    void assignmentAndIncubationMakeTheProjectIncubatingWithItsCompanions() {
        register("p-1");

        feed.feed("p-1", assigned("p-1", "c-1", LEAD, MARCH_1), "admin");
        feed.feed("p-1", incubationStarted("p-1", MARCH_1), "admin");
        feed.feed("p-1", assigned("p-1", "c-2", SUPPORTING, MARCH_1.plusDays(3)), "admin");

        ProjectView project = find("p-1");
        assertThat(project.stage()).isEqualTo(ProjectStage.INCUBATING);
        assertThat(project.companions()).containsExactly(
                new ProjectView.Companion("c-1", LEAD, MARCH_1, null, null),
                new ProjectView.Companion("c-2", SUPPORTING, MARCH_1.plusDays(3), null, null));
        assertThat(project.version()).isEqualTo(3);
    }

    @Test
    void releaseKeepsTheCompanionWithItsReleaseDateAndReason() {
        register("p-1");
        feed.feed("p-1", assigned("p-1", "c-1", LEAD, MARCH_1), "admin");

        feed.feed("p-1", released("p-1", "c-1", JUNE_18, "contract ended"), "admin");

        assertThat(find("p-1").companions()).containsExactly(
                new ProjectView.Companion("c-1", LEAD, MARCH_1, JUNE_18, "contract ended"));
    }

    @Test
    void aReleaseClosesOnlyTheCompanionsOpenAssignment() {
        register("p-1");
        feed.feed("p-1", assigned("p-1", "c-1", LEAD, MARCH_1), "admin");
        feed.feed("p-1", released("p-1", "c-1", MARCH_1.plusMonths(1), "leave"), "admin");
        feed.feed("p-1", assigned("p-1", "c-1", SUPPORTING, MARCH_1.plusMonths(2)), "admin");

        feed.feed("p-1", released("p-1", "c-1", JUNE_18, "handed over"), "admin");

        assertThat(find("p-1").companions()).containsExactly(
                new ProjectView.Companion("c-1", LEAD, MARCH_1, MARCH_1.plusMonths(1), "leave"),
                new ProjectView.Companion("c-1", SUPPORTING, MARCH_1.plusMonths(2), JUNE_18, "handed over"));
    }

    @Test
    void aLoggedMilestoneKeepsEveryFactItWasLoggedWith() {
        register("p-1");

        feed.feed("p-1", new MilestoneLoggedEvent("p-1", "m-1", FINANCING_CLOSED, MARCH_1, "Series A",
                "https://example.org/a", new BigDecimal("50000000.50"), "CNY", "ch-1", ClinicalPhase.PHASE_II, 12, "c-7",
                NEW_MATERIALS, "university"), "mentor-7");

        assertThat(find("p-1").milestones()).containsExactly(new ProjectView.Milestone("m-1", FINANCING_CLOSED,
                MilestoneStatus.LOGGED, MARCH_1, "Series A", "https://example.org/a", new BigDecimal("50000000.50"),
                "CNY", "ch-1", ClinicalPhase.PHASE_II, 12, "c-7", null, null));
    }

    @Test
    void verificationAndRejectionSetTheMilestonesStatusWithNoteOrReason() {
        register("p-1");
        feed.feed("p-1", logged("p-1", "m-1", PATENT_GRANTED, MARCH_1), "mentor");
        feed.feed("p-1", logged("p-1", "m-2", PILOT_STARTED, MARCH_1), "mentor");
        feed.feed("p-1", logged("p-1", "m-3", PILOT_STARTED, MARCH_1), "mentor");

        feed.feed("p-1", verified("p-1", "m-1", PATENT_GRANTED, "certificate seen"), "admin");
        feed.feed("p-1", rejected("p-1", "m-2", PILOT_STARTED, "no evidence"), "admin");

        List<ProjectView.Milestone> milestones = find("p-1").milestones();
        assertThat(milestones).extracting(ProjectView.Milestone::id, ProjectView.Milestone::status,
                        ProjectView.Milestone::verificationNote, ProjectView.Milestone::rejectionReason)
                .containsExactly(
                        tuple("m-1", MilestoneStatus.VERIFIED, "certificate seen", null),
                        tuple("m-2", MilestoneStatus.REJECTED, null, "no evidence"),
                        tuple("m-3", MilestoneStatus.LOGGED, null, null));
    }

    @Test
    void landingMakesTheProjectLandedAndKeepsTheAmountExactly() {
        register("p-1");
        feed.feed("p-1", assigned("p-1", "c-1", LEAD, MARCH_1), "admin");
        feed.feed("p-1", incubationStarted("p-1", MARCH_1), "admin");

        feed.feed("p-1", landing("p-1", "l-1", "Pudong", "3685000000.00", JUNE_18), "admin");
        feed.feed("p-1", landed("p-1", "Pudong", JUNE_18), "admin");

        ProjectView project = find("p-1");
        assertThat(project.stage()).isEqualTo(ProjectStage.LANDED);
        assertThat(project.landings()).containsExactly(new ProjectView.Landing("l-1", "Pudong", "Pudong park",
                LandingForm.NEW_COMPANY, new BigDecimal("3685000000.00"), JUNE_18));
        BigDecimal amount = project.landings().get(0).signedAmountCny();
        assertThat(amount).isEqualByComparingTo("3685000000.00");
        assertThat(amount.scale()).isEqualTo(2);
    }

    @Test
    void amountsAndDatesAreStoredAsExactStrings() {
        register("p-1");

        feed.feed("p-1", landing("p-1", "l-1", "Pudong", "3685000000.00", JUNE_18), "admin");

        Document landing = mongo.findById("p-1", Document.class, ProjectDocument.COLLECTION)
                .getList("landings", Document.class).get(0);
        assertThat(landing.get("signedAmountCny")).isEqualTo("3685000000.00");
        assertThat(landing.get("signedOn")).isEqualTo("2025-06-18");
    }

    @Test
    void withdrawalRecordsTheStageAndReason() {
        register("p-1");

        feed.feed("p-1", withdrawn("p-1", ProjectStage.REGISTERED, "team dissolved"), "admin");

        ProjectView project = find("p-1");
        assertThat(project.stage()).isEqualTo(ProjectStage.WITHDRAWN);
        assertThat(project.withdrawalReason()).isEqualTo("team dissolved");
        assertThat(project.version()).isEqualTo(1);
    }

    @Test
    void theTimelineHasOneEntryPerEventWithItsActorTimeAndDate() {
        List<TrackedEventMessage<?>> messages = List.of(
                feed.feed("p-1", registered("p-1", "Separator", NEW_MATERIALS, "university", "Zhang San"), "admin"),
                feed.feed("p-1", assigned("p-1", "c-1", LEAD, MARCH_1), "office"),
                feed.feed("p-1", incubationStarted("p-1", MARCH_1), "system"),
                feed.feed("p-1", logged("p-1", "m-1", PATENT_GRANTED, MARCH_1.plusDays(9)), "mentor-1"),
                feed.feed("p-1", verified("p-1", "m-1", PATENT_GRANTED, "ok"), "admin"),
                feed.feed("p-1", landing("p-1", "l-1", "Pudong", "1000.00", JUNE_18), "admin"),
                feed.feed("p-1", landed("p-1", "Pudong", JUNE_18), "system"));

        List<ProjectView.TimelineEntry> timeline = find("p-1").timeline();

        assertThat(timeline).extracting(ProjectView.TimelineEntry::event).containsExactly("ProjectRegistered",
                "CompanionAssigned", "IncubationStarted", "MilestoneLogged", "MilestoneVerified", "LandingRecorded",
                "ProjectLanded");
        assertThat(timeline).extracting(ProjectView.TimelineEntry::actor)
                .containsExactly("admin", "office", "system", "mentor-1", "admin", "admin", "system");
        assertThat(timeline).extracting(ProjectView.TimelineEntry::recordedAt)
                .containsExactlyElementsOf(messages.stream().map(TrackedEventMessage::getTimestamp).toList());
        assertThat(timeline).extracting(ProjectView.TimelineEntry::date).containsExactly(null, MARCH_1, MARCH_1,
                MARCH_1.plusDays(9), null, JUNE_18, JUNE_18);
        assertThat(timeline.get(5).description()).isEqualTo("signed in Pudong as NEW_COMPANY for 1000.00 CNY");
    }

    @Test
    void deliveringTheWholeHistoryAgainLeavesTheProjectAsItWas() {
        register("p-1");
        feed.feed("p-1", assigned("p-1", "c-1", LEAD, MARCH_1), "admin");
        feed.feed("p-1", incubationStarted("p-1", MARCH_1), "system");
        feed.feed("p-1", logged("p-1", "m-1", PATENT_GRANTED, MARCH_1), "mentor");
        feed.feed("p-1", verified("p-1", "m-1", PATENT_GRANTED, "ok"), "admin");
        feed.feed("p-1", landing("p-1", "l-1", "Pudong", "3685000000.00", JUNE_18), "admin");
        feed.feed("p-1", landed("p-1", "Pudong", JUNE_18), "system");
        feed.feed("p-1", released("p-1", "c-1", JUNE_18, "landed"), "admin");
        ProjectView before = find("p-1");
        Map<String, List<Document>> stored = storedDocuments();

        feed.redeliverAll();

        assertThat(find("p-1")).isEqualTo(before);
        assertThat(storedDocuments()).isEqualTo(stored);
        assertThat(stored.get(ProjectPageDocument.COLLECTION)).as("eight lines: the first page only").isEmpty();
        assertThat(before.timeline()).hasSize(8);
        assertThat(before.version()).isEqualTo(7);
    }

    private Map<String, List<Document>> storedDocuments() {
        Map<String, List<Document>> stored = new HashMap<>();
        ProjectProjection.COLLECTIONS.forEach(collection -> stored.put(collection,
                mongo.find(new Query().with(Sort.by("_id")), Document.class, collection)));
        return stored;
    }

    private void register(String id) {
        feed.feed(id, registered(id, "Project " + id, NEW_MATERIALS, "university", "Zhang San"), "admin");
    }

    private ProjectView find(String id) {
        return queries.handle(new FindProjectQuery(id)).orElseThrow();
    }
}
