package org.peipao.query.dashboard;

import org.bson.Document;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The stored form of the dashboard's documents that every event writes ({@link CellTotals}, {@link LeaderTotals},
 * {@link EnterpriseServed}, {@link PastVersion}), written and read by hand through Spring Data's custom conversions
 * instead of its reflective mapping, which the benchmark's profile of the read side (issue 14) found behind 43% of the
 * dashboard processor's thread. The form is exactly the one the mapping gives (the same fields in the same order,
 * {@code null} fields left out, also in embedded documents, the {@code _class} hint last), so documents stored before
 * and after compare equal, and a template without these converters reads and writes the same documents (as the tests
 * check), except the counters of a cell stored by dashboard layouts 1 and 2, which only these converters read.
 */
public final class DashboardDocuments {

    private static final String ID = "_id";
    private static final String CLASS = "_class";
    /** Where dashboard layouts 1 and 2 kept a cell's counters: names and values at the same index ({@link StoredCounters}). */
    private static final String LAYOUT_2_NAMES = "counterNames";
    private static final String LAYOUT_2_VALUES = "counterValues";

    private DashboardDocuments() {
    }

    /** The converters to register with {@code MongoCustomConversions}: a writer and a reader per document type. */
    public static List<Converter<?, ?>> converters() {
        return List.of(new CellTotalsWriter(), new CellTotalsReader(), new LeaderTotalsWriter(),
                new LeaderTotalsReader(), new EnterpriseServedWriter(), new EnterpriseServedReader(),
                new PastVersionWriter(), new PastVersionReader());
    }

    @WritingConverter
    static final class CellTotalsWriter implements Converter<CellTotals, Document> {
        @Override
        public Document convert(CellTotals cell) {
            Document stored = new Document();
            putIfSet(stored, ID, cell.id);
            putIfSet(stored, "period", cell.period);
            putIfSet(stored, "domain", cell.domain);
            putIfSet(stored, "source", cell.source);
            putIfSet(stored, "district", cell.district);
            putIfSet(stored, "kind", cell.kind);
            putIfSet(stored, "counters", cell.counters);
            putIfSet(stored, "sets", list(cell.sets, members -> fields("key", members.key(),
                    "values", copy(members.values()))));
            putIfSet(stored, "leaders", list(cell.leaders, leader -> fields("companionId", leader.companionId(),
                    "landedProjects", copy(leader.landedProjects()), "problemsSolved", leader.problemsSolved(),
                    "verifiedMilestones", leader.verifiedMilestones())));
            putIfSet(stored, "firstDay", cell.firstDay);
            putIfSet(stored, "lastDay", cell.lastDay);
            stored.put("enterprisesServed", cell.enterprisesServed);
            putIfSet(stored, "top", list(cell.top, line -> fields("companionId", line.companionId(),
                    "landedProjects", line.landedProjects(), "problemsSolved", line.problemsSolved(),
                    "verifiedMilestones", line.verifiedMilestones())));
            putIfSet(stored, KeptCheckpoints.FIELD, cell.kept);
            stored.put("lastEventIndex", cell.lastEventIndex);
            stored.put(CLASS, CellTotals.class.getName());
            return stored;
        }
    }

    @ReadingConverter
    static final class CellTotalsReader implements Converter<Document, CellTotals> {
        @Override
        public CellTotals convert(Document stored) {
            CellTotals cell = new CellTotals();
            cell.id = stored.getString(ID);
            cell.period = stored.getString("period");
            cell.domain = stored.getString("domain");
            cell.source = stored.getString("source");
            cell.district = stored.getString("district");
            cell.kind = stored.getString("kind");
            cell.counters = stored.containsKey(LAYOUT_2_NAMES)
                    ? StoredCounters.ofLists(strings(stored, LAYOUT_2_NAMES), longs(stored, LAYOUT_2_VALUES))
                    : stored.getString("counters");
            cell.sets = documents(stored, "sets", members -> new CellTotals.Members(members.getString("key"),
                    stringsOrNull(members, "values")));
            cell.leaders = documents(stored, "leaders", leader -> new CellTotals.Leader(
                    leader.getString("companionId"), stringsOrNull(leader, "landedProjects"),
                    number(leader, "problemsSolved", 0), number(leader, "verifiedMilestones", 0)));
            cell.firstDay = stored.getString("firstDay");
            cell.lastDay = stored.getString("lastDay");
            cell.enterprisesServed = number(stored, "enterprisesServed", 0);
            cell.top = documents(stored, "top", line -> new Leaders.Line(line.getString("companionId"),
                    number(line, "landedProjects", 0), number(line, "problemsSolved", 0),
                    number(line, "verifiedMilestones", 0)));
            cell.kept = KeptCheckpoints.of(stored);
            cell.lastEventIndex = number(stored, "lastEventIndex", -1);
            return cell;
        }
    }

    @WritingConverter
    static final class LeaderTotalsWriter implements Converter<LeaderTotals, Document> {
        @Override
        public Document convert(LeaderTotals line) {
            Document stored = new Document();
            putIfSet(stored, ID, line.id);
            putIfSet(stored, "companionId", line.companionId);
            putIfSet(stored, "landedProjects", copy(line.landedProjects));
            stored.put("problemsSolved", line.problemsSolved);
            stored.put("verifiedMilestones", line.verifiedMilestones);
            putIfSet(stored, KeptCheckpoints.FIELD, line.kept);
            stored.put("lastEventIndex", line.lastEventIndex);
            stored.put(CLASS, LeaderTotals.class.getName());
            return stored;
        }
    }

    @ReadingConverter
    static final class LeaderTotalsReader implements Converter<Document, LeaderTotals> {
        @Override
        public LeaderTotals convert(Document stored) {
            LeaderTotals line = new LeaderTotals();
            line.id = stored.getString(ID);
            line.companionId = stored.getString("companionId");
            line.landedProjects = strings(stored, "landedProjects");
            line.problemsSolved = number(stored, "problemsSolved", 0);
            line.verifiedMilestones = number(stored, "verifiedMilestones", 0);
            line.kept = KeptCheckpoints.of(stored);
            line.lastEventIndex = number(stored, "lastEventIndex", -1);
            return line;
        }
    }

    @WritingConverter
    static final class EnterpriseServedWriter implements Converter<EnterpriseServed, Document> {
        @Override
        public Document convert(EnterpriseServed served) {
            Document stored = new Document();
            putIfSet(stored, ID, served.id);
            stored.put("lastEventIndex", served.lastEventIndex);
            stored.put(CLASS, EnterpriseServed.class.getName());
            return stored;
        }
    }

    @ReadingConverter
    static final class EnterpriseServedReader implements Converter<Document, EnterpriseServed> {
        @Override
        public EnterpriseServed convert(Document stored) {
            EnterpriseServed served = new EnterpriseServed();
            served.id = stored.getString(ID);
            served.lastEventIndex = number(stored, "lastEventIndex", -1);
            return served;
        }
    }

    @WritingConverter
    static final class PastVersionWriter implements Converter<PastVersion, Document> {
        @Override
        public Document convert(PastVersion version) {
            Document stored = new Document();
            putIfSet(stored, ID, version.id);
            putIfSet(stored, "state", version.state);
            stored.put("lastEventIndex", version.lastEventIndex);
            stored.put(CLASS, PastVersion.class.getName());
            return stored;
        }
    }

    @ReadingConverter
    static final class PastVersionReader implements Converter<Document, PastVersion> {
        @Override
        public PastVersion convert(Document stored) {
            PastVersion version = new PastVersion();
            version.id = stored.getString(ID);
            version.state = stored.get("state", Document.class);
            version.lastEventIndex = number(stored, "lastEventIndex", 0);
            return version;
        }
    }

    /** An embedded document of the given field names and values, in that order, {@code null} values left out. */
    private static Document fields(Object... namesAndValues) {
        Document embedded = new Document();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            putIfSet(embedded, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return embedded;
    }

    private static void putIfSet(Document stored, String field, Object value) {
        if (value != null) {
            stored.put(field, value);
        }
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? null : new ArrayList<>(values);
    }

    private static <T> List<Document> list(List<T> values, Function<T, Document> write) {
        if (values == null) {
            return null;
        }
        List<Document> stored = new ArrayList<>(values.size());
        values.forEach(value -> stored.add(write.apply(value)));
        return stored;
    }

    private static long number(Document stored, String field, long absent) {
        return stored.get(field) instanceof Number n ? n.longValue() : absent;
    }

    private static List<String> strings(Document stored, String field) {
        List<String> values = new ArrayList<>();
        if (stored.get(field) instanceof List<?> list) {
            list.forEach(value -> values.add((String) value));
        }
        return values;
    }

    /** A record component's list: {@code null} when the field is absent, as the reflective mapping reads it. */
    private static List<String> stringsOrNull(Document stored, String field) {
        return stored.containsKey(field) ? strings(stored, field) : null;
    }

    private static List<Long> longs(Document stored, String field) {
        List<Long> values = new ArrayList<>();
        if (stored.get(field) instanceof List<?> list) {
            list.forEach(value -> values.add(((Number) value).longValue()));
        }
        return values;
    }

    private static <T> List<T> documents(Document stored, String field, Function<Document, T> read) {
        List<T> values = new ArrayList<>();
        if (stored.get(field) instanceof List<?> list) {
            list.forEach(value -> values.add(read.apply((Document) value)));
        }
        return values;
    }
}
