package org.peipao.query.dashboard;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peipao.query.shared.MongoConversions;
import org.peipao.query.support.InMemoryMongo;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's hand-written stored form ({@link DashboardDocuments}) is the one Spring Data's reflective mapping
 * gives: the same fields, in the same order, with the same value types; and each side reads what the other wrote.
 */
class DashboardDocumentsTest {

    private final MappingMongoConverter byHand = InMemoryMongo.converter(MongoConversions.create());
    private final MappingMongoConverter reflective = InMemoryMongo.converter(new MongoCustomConversions(List.of()));

    @Test
    void theReadSidesConversionsMapTheDashboardsDocumentsByHand() {
        var conversions = MongoConversions.create();
        for (Class<?> type : List.of(CellTotals.class, LeaderTotals.class, EnterpriseServed.class, PastVersion.class)) {
            assertThat(conversions.hasCustomWriteTarget(type, Document.class)).as("writes %s", type).isTrue();
            assertThat(conversions.hasCustomReadTarget(Document.class, type)).as("reads %s", type).isTrue();
        }
    }

    @Test
    void cellTotalsAreStoredAsTheMappingStoresThem() {
        CellTotals full = new CellTotals();
        full.id = "AI|*|巴南区|*|D2025-03-01";
        full.period = "D2025-03-01";
        full.domain = "AI";
        full.source = "*";
        full.district = "巴南区";
        full.kind = "*";
        full.counters = "landings:count=2\nlandings:fen=125000000000";
        full.sets = new ArrayList<>(List.of(new CellTotals.Members("enterprises", List.of("E1", "E2"))));
        full.leaders = new ArrayList<>(List.of(new CellTotals.Leader("c1", List.of("p1", "p2"), 3, 4),
                new CellTotals.Leader(null, null, 0, 1)));
        full.firstDay = "2025-01-02";
        full.lastDay = "2025-03-01";
        full.enterprisesServed = 7;
        full.top = new ArrayList<>(List.of(new Leaders.Line("c1", 2, 3, 4), new Leaders.Line("c2", 1, 0, 0)));
        full.kept = KeptCheckpoints.with(KeptCheckpoints.with(null, 4), 9);
        full.lastEventIndex = 4_567;
        CellTotals bare = new CellTotals();
        bare.id = "*|*|*|*|all";

        for (CellTotals cell : List.of(full, bare)) {
            Document stored = sameStoredForm(cell);
            assertThat(write(byHand, byHand.read(CellTotals.class, stored))).isEqualTo(stored);
            assertThat(write(byHand, reflective.read(CellTotals.class, stored))).isEqualTo(stored);
        }
    }

    @Test
    void aCellOfLayoutTwoIsReadWithItsCountersAndWrittenInTheCurrentForm() {
        Document layoutTwo = new Document("_id", "AI|*|*|*|M2025-03").append("period", "M2025-03")
                .append("counterNames", List.of("landings:count", "landings:byDistrict:巴南区:fen", "milestones:pending"))
                .append("counterValues", List.of(2L, 125_000_000L, -1L))
                .append("lastEventIndex", 40L).append("_class", CellTotals.class.getName());

        CellTotals read = byHand.read(CellTotals.class, layoutTwo);

        assertThat(read.counters)
                .isEqualTo("landings:count=2\nlandings:byDistrict:\\u5df4\\u5357\\u533a:fen=125000000\nmilestones:pending=-1");
        Document written = write(byHand, read);
        assertThat(written).doesNotContainKeys("counterNames", "counterValues").containsEntry("counters", read.counters)
                .containsEntry("lastEventIndex", 40L);
    }

    @Test
    void leaderLinesEnterprisesAndPastVersionsAreStoredAsTheMappingStoresThem() {
        LeaderTotals line = new LeaderTotals();
        line.id = "AI|*|*|*|c1";
        line.companionId = "c1";
        line.landedProjects = new ArrayList<>(List.of("p1"));
        line.problemsSolved = 2;
        line.verifiedMilestones = 5;
        line.kept = KeptCheckpoints.with(null, 3);
        line.lastEventIndex = 88;
        Document storedLine = sameStoredForm(line);
        assertThat(write(byHand, byHand.read(LeaderTotals.class, storedLine))).isEqualTo(storedLine);

        EnterpriseServed served = new EnterpriseServed();
        served.id = "AI|*|*|*|E1";
        served.lastEventIndex = 12;
        Document storedServed = sameStoredForm(served);
        assertThat(byHand.read(EnterpriseServed.class, storedServed).lastEventIndex).isEqualTo(12);

        PastVersion version = new PastVersion();
        version.id = PastVersion.idOf(line.id, 3);
        version.state = storedLine;
        version.lastEventIndex = 90;
        Document storedVersion = sameStoredForm(version);
        PastVersion read = byHand.read(PastVersion.class, storedVersion);
        assertThat(read.state).isEqualTo(storedLine);
        assertThat(read.lastEventIndex).isEqualTo(90);
    }

    /** Writes {@code document} both ways, asserts the two stored forms are the same, field by field, and returns it. */
    private Document sameStoredForm(Object document) {
        Document mapped = write(reflective, document);
        Document written = write(byHand, document);
        assertThat(new ArrayList<>(written.keySet())).as("fields, in order").isEqualTo(new ArrayList<>(mapped.keySet()));
        assertThat(written.toJson()).isEqualTo(mapped.toJson());
        assertThat(written).isEqualTo(mapped);
        return written;
    }

    private static Document write(MappingMongoConverter converter, Object document) {
        Document stored = new Document();
        converter.write(document, stored);
        return stored;
    }
}
