package org.peipao.query.project;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.api.project.FindProjectQuery;
import org.peipao.api.project.FindProjectsQuery;
import org.peipao.api.project.MilestoneStatus;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectSummary;
import org.peipao.api.project.ProjectView;
import org.peipao.query.support.Catalogs;
import org.peipao.query.support.EventFeed;
import org.peipao.query.support.InMemoryMongo;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.peipao.api.IndustryDomain.NEW_MATERIALS;
import static org.peipao.api.project.AssignmentRole.LEAD;
import static org.peipao.api.project.MilestoneType.PATENT_GRANTED;
import static org.peipao.api.project.MilestoneType.PILOT_STARTED;
import static org.peipao.query.project.ProjectEvents.MARCH_1;
import static org.peipao.query.project.ProjectEvents.assigned;
import static org.peipao.query.project.ProjectEvents.logged;
import static org.peipao.query.project.ProjectEvents.registered;
import static org.peipao.query.project.ProjectEvents.verified;

/**
 * A project's pages: its first 50 milestones and timeline lines in its document, the rest in pages of 50; the order of
 * their writes, which a crash between them must not break; and documents of the earlier layout, lists inside.
 */
class ProjectPagesTest {

    @RegisterExtension
    static final InMemoryMongo server = InMemoryMongo.start();
    private MongoTemplate mongo;
    private ProjectQueries queries;
    private EventFeed feed;

    @BeforeEach
    void freshDatabase() {
        mongo = server.freshTemplate();
        queries = new ProjectQueries(mongo, Catalogs.of(mongo));
        feed = new EventFeed(projection(mongo));
    }

    @Test
    void aProjectsDocumentHoldsItsFirstFiftyMilestonesAndLinesAndPagesOfFiftyTheRest() {
        register("p-1");
        feed.inBatchesOf(40);
        for (int i = 0; i < 250; i++) {
            feed.feed("p-1", logged("p-1", "m-" + i, PATENT_GRANTED, MARCH_1), "mentor");
        }
        feed.feed("p-1", verified("p-1", "m-7", PATENT_GRANTED, "ok"), "admin");
        feed.endBatch();

        Document stored = mongo.findById("p-1", Document.class, ProjectDocument.COLLECTION);
        assertThat(stored).doesNotContainKeys("milestones", "timeline");
        Document firstPage = stored.get("firstPage", Document.class);
        assertThat(firstPage.getList("milestones", Document.class)).hasSize(50);
        assertThat(firstPage.getList("timeline", Document.class)).hasSize(50);
        assertThat(stored.getList("milestoneIds", String.class)).hasSize(250).startsWith("m-0", "m-1").endsWith("m-249");
        assertThat(stored.getInteger("timelineLength")).isEqualTo(252);
        assertThat(stored.getInteger("verifiedMilestones")).isEqualTo(1);
        List<Document> pages = mongo.find(new Query().with(Sort.by("page")), Document.class,
                ProjectPageDocument.COLLECTION);
        assertThat(pages).extracting(page -> page.get("_id")).containsExactly("p-1/1", "p-1/2", "p-1/3", "p-1/4",
                "p-1/5");
        assertThat(pages).extracting(page -> page.get("content", Document.class).getList("milestones", Document.class)
                .size()).containsExactly(50, 50, 50, 50, 0);
        assertThat(pages).extracting(page -> page.get("content", Document.class).getList("timeline", Document.class)
                .size()).containsExactly(50, 50, 50, 50, 2);
        // read back in page order: the order logged
        ProjectView project = find("p-1");
        assertThat(project.milestones()).extracting(ProjectView.Milestone::id)
                .containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(i -> "m-" + i).toList());
        assertThat(project.milestones().get(7).status()).isEqualTo(MilestoneStatus.VERIFIED);
        assertThat(project.milestones().get(8).status()).isEqualTo(MilestoneStatus.LOGGED);
        assertThat(project.timeline()).hasSize(252);
        assertThat(project.timeline().get(0).event()).isEqualTo("ProjectRegistered");
        assertThat(project.timeline().get(150).description()).isEqualTo("PATENT_GRANTED logged: PATENT_GRANTED on " + MARCH_1);
        assertThat(project.timeline().get(150).recordedAt()).isEqualTo(feed.fed().get(150).getTimestamp());
        assertThat(project.timeline().get(251).event()).isEqualTo("MilestoneVerified");
    }

    @Test
    void aBatchWhoseProjectWriteFailedAfterItsPagesIsDeliveredAgainWithoutALineTwice() {
        EventFeed source = new EventFeed(new Object());
        source.feed("p-1", registered("p-1", "Separator", NEW_MATERIALS, "university", "Zhang San"), "admin");
        for (int i = 0; i < 48; i++) {
            source.feed("p-1", logged("p-1", "early-" + i, PATENT_GRANTED, MARCH_1), "mentor");
        }
        source.feed("p-1", assigned("p-1", "c-1", LEAD, MARCH_1), "admin");
        // lines 51 to 53: the second page
        source.feed("p-1", logged("p-1", "m-1", PATENT_GRANTED, MARCH_1), "mentor");
        source.feed("p-1", verified("p-1", "m-1", PATENT_GRANTED, "ok"), "admin");
        source.feed("p-1", logged("p-1", "m-2", PILOT_STARTED, MARCH_1), "mentor");
        List<TrackedEventMessage<?>> events = source.fed();
        EventFeed.deliver(projection(mongo), events.subList(0, 50), 50);

        MongoTemplate projectsFail = new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter()) {
            @Override
            public BulkOperations bulkOps(BulkOperations.BulkMode mode, Class<?> type, String collection) {
                if (collection.equals(ProjectDocument.COLLECTION)) {
                    throw new IllegalStateException("the process died before the projects were written");
                }
                return super.bulkOps(mode, type, collection);
            }
        };
        assertThatThrownBy(() -> EventFeed.deliver(projection(projectsFail), events.subList(50, 53), 3))
                .hasRootCauseMessage("the process died before the projects were written");
        assertThat(timelineOfSecondPage()).as("the pages come first").hasSize(3);
        assertThat(find("p-1").timeline()).as("counted by the project only once it is written").hasSize(50);

        EventFeed.deliver(projection(mongo), events.subList(50, 53), 3);

        MongoTemplate clean = server.freshTemplate();
        EventFeed.deliver(projection(clean), events, 53);
        assertThat(find("p-1")).isEqualTo(new ProjectQueries(clean, Catalogs.of(clean))
                .handle(new FindProjectQuery("p-1")).orElseThrow());
        assertThat(find("p-1").timeline()).hasSize(53).extracting(ProjectView.TimelineEntry::event).endsWith(
                "CompanionAssigned", "MilestoneLogged", "MilestoneVerified", "MilestoneLogged");
        assertThat(timelineOfSecondPage()).hasSize(3);
        assertThat(find("p-1").milestones()).hasSize(50).extracting(ProjectView.Milestone::id,
                ProjectView.Milestone::status).endsWith(tuple("m-1", MilestoneStatus.VERIFIED),
                tuple("m-2", MilestoneStatus.LOGGED));
    }

    private List<Document> timelineOfSecondPage() {
        Document page = mongo.findById("p-1/1", Document.class, ProjectPageDocument.COLLECTION);
        assertThat(page).as("the second page is stored").isNotNull();
        return page.get("content", Document.class).getList("timeline", Document.class);
    }

    @Test
    void aProjectOfTheEarlierLayoutWithItsListsInsideIsReadAsBeforeAndRecognised() {
        register("p-2");
        assertThat(ProjectProjection.ofEarlierLayout(mongo, ProjectDocument.COLLECTION)).isFalse();
        Instant registeredAt = Instant.parse("2025-02-01T02:00:00Z");
        // as the earlier version stored it: the same class, its lists inside
        ProjectDocument earlier = new ProjectDocument();
        earlier.id = "p-1";
        earlier.title = "Old";
        earlier.domain = NEW_MATERIALS;
        earlier.stage = ProjectStage.INCUBATING;
        earlier.milestoneIds = null;
        ProjectDocument.Milestone milestone = new ProjectDocument.Milestone();
        milestone.id = "m-1";
        milestone.type = PATENT_GRANTED;
        milestone.status = MilestoneStatus.VERIFIED;
        milestone.occurredOn = MARCH_1;
        earlier.milestones = List.of(milestone);
        earlier.timeline = List.of(new ProjectDocument.TimelineEntry(registeredAt, null, "ProjectRegistered",
                "registered from university", "admin"));
        mongo.insert(earlier, ProjectDocument.COLLECTION);
        mongo.remove(new Query(Criteria.where("_id").is("p-2")), ProjectDocument.COLLECTION);

        assertThat(ProjectProjection.ofEarlierLayout(mongo, ProjectDocument.COLLECTION)).isTrue();
        ProjectView old = find("p-1");
        assertThat(old.milestones()).extracting(ProjectView.Milestone::id, ProjectView.Milestone::status)
                .containsExactly(tuple("m-1", MilestoneStatus.VERIFIED));
        assertThat(old.timeline()).containsExactly(new ProjectView.TimelineEntry(registeredAt, null,
                "ProjectRegistered", "registered from university", "admin"));
        assertThat(queries.handle(new FindProjectsQuery(null, null, null, null, null, null, 0, 10)).items())
                .extracting(ProjectSummary::verifiedMilestones).containsExactly(1);
    }

    private static ProjectProjection projection(MongoTemplate mongo) {
        return new ProjectProjection(mongo, Catalogs.liveDestination(mongo, ProjectProjection.PROCESSING_GROUP));
    }

    private void register(String id) {
        feed.feed(id, registered(id, "Project " + id, NEW_MATERIALS, "university", "Zhang San"), "admin");
    }

    private ProjectView find(String id) {
        return queries.handle(new FindProjectQuery(id)).orElseThrow();
    }
}
