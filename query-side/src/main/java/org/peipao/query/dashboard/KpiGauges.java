package org.peipao.query.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The programme's KPIs as Prometheus gauges ({@code peipao_*}), read from the dashboard's read model (its
 * "everything" cell) and refreshed periodically, so a scrape never waits for MongoDB. Every label has a bounded set of
 * values: enums, and districts, of which the {@value #NAMED_DISTRICTS} with the most landings are named and the rest
 * summed as {@value #OTHER}.
 */
@Component
class KpiGauges {

    /** Districts with series of their own; the others are summed as {@value #OTHER}. */
    static final int NAMED_DISTRICTS = 20;
    static final String OTHER = "other";

    private final MongoTemplate mongo;
    private final ReadModelCatalog catalog;
    private final MultiGauge companions;
    private final MultiGauge projects;
    private final MultiGauge landings;
    private final MultiGauge signedAmount;
    private final MultiGauge challenges;
    private final MultiGauge milestones;
    private final AtomicLong enterprisesServed = new AtomicLong();

    KpiGauges(MongoTemplate mongo, ReadModelCatalog catalog, MeterRegistry registry) {
        this.mongo = mongo;
        this.catalog = catalog;
        companions = MultiGauge.builder("peipao.companions").description("Companions by kind and status")
                .register(registry);
        projects = MultiGauge.builder("peipao.projects").description("Projects by stage and domain").register(registry);
        landings = MultiGauge.builder("peipao.landings").description("Landings by district and domain")
                .register(registry);
        signedAmount = MultiGauge.builder("peipao.landing.signed.amount.cny")
                .description("Signed landing amounts by district, CNY").register(registry);
        challenges = MultiGauge.builder("peipao.challenges").description("Enterprise challenges by status")
                .register(registry);
        milestones = MultiGauge.builder("peipao.milestones").description("Milestones by type and status")
                .register(registry);
        Gauge.builder("peipao.enterprises.served", enterprisesServed, AtomicLong::get)
                .description("Distinct enterprises with at least one solved challenge").register(registry);
    }

    @Scheduled(initialDelayString = "${peipao.query.gauge-refresh:10s}", fixedDelayString = "${peipao.query.gauge-refresh:10s}")
    void refresh() {
        CellSums all = new CellReader(DashboardReads.of(mongo,
                logical -> catalog.live(DashboardProjection.PROCESSING_GROUP, logical))).allTime(CubeCell.ALL);
        companions.register(rows(all.stocksBy("companions:byKind:"), (key, value) -> {
            String[] kindStatus = key.split(":");
            return kindStatus[1].equals("registered") ? null
                    : Tags.of("kind", kindStatus[0], "status", kindStatus[1]);
        }), true);
        projects.register(rows(all.stocksBy("projects:stageDomain:"), (key, value) -> pair("stage", "domain", key)), true);
        Map<String, Long> byDistrictDomain = all.stocksBy("landings:districtDomain:");
        Set<String> named = mostLanded(byDistrictDomain);
        landings.register(rows(withOther(byDistrictDomain, key -> key.split("\\|", 2)[0], named,
                key -> OTHER + "|" + key.split("\\|", 2)[1]), (key, value) -> pair("district", "domain", key)), true);
        signedAmount.register(rowsOf(withOther(all.stocksBy("landings:byDistrict:"),
                key -> key.substring(0, key.lastIndexOf(':')), named,
                key -> OTHER + key.substring(key.lastIndexOf(':'))), "district", ":fen", 100.0), true);
        challenges.register(rowsOf(all.stocksBy("challenges:status:"), "status", "", 1.0), true);
        milestones.register(rows(all.stocksBy("milestones:statusType:"), (key, value) -> {
            String[] statusType = key.split("\\|", 2);
            return Tags.of("type", statusType[1], "status", statusType[0]);
        }), true);
        enterprisesServed.set(all.enterprisesServed());
    }

    /**
     * The districts whose landings get series of their own: the {@value #NAMED_DISTRICTS} with the most landings. A
     * district is free text, so every district would make the series of Prometheus grow without bound.
     */
    private static Set<String> mostLanded(Map<String, Long> byDistrictDomain) {
        Map<String, Long> byDistrict = new HashMap<>();
        byDistrictDomain.forEach((key, count) -> byDistrict.merge(key.split("\\|", 2)[0], count, Long::sum));
        return byDistrict.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(NAMED_DISTRICTS).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** {@code values} with the keys of districts not {@code named} summed under {@value #OTHER}. */
    private static Map<String, Long> withOther(Map<String, Long> values, Function<String, String> districtOf,
                                              Set<String> named, UnaryOperator<String> asOther) {
        Map<String, Long> bounded = new TreeMap<>();
        values.forEach((key, value) -> bounded.merge(named.contains(districtOf.apply(key)) ? key : asOther.apply(key),
                value, Long::sum));
        return bounded;
    }

    private static Tags pair(String first, String second, String key) {
        String[] values = key.split("\\|", 2);
        return Tags.of(first, values[0], second, values[1]);
    }

    private static List<MultiGauge.Row<?>> rows(Map<String, Long> values, BiFunction<String, Long, Tags> tags) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        values.forEach((key, value) -> {
            Tags rowTags = tags.apply(key, value);
            if (rowTags != null) {
                rows.add(MultiGauge.Row.of(rowTags, value));
            }
        });
        return rows;
    }

    private static List<MultiGauge.Row<?>> rowsOf(Map<String, Long> values, String tag, String suffix, double divisor) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        values.forEach((key, value) -> {
            if (key.endsWith(suffix)) {
                rows.add(MultiGauge.Row.of(Tags.of(tag, key.substring(0, key.length() - suffix.length())),
                        value / divisor));
            }
        });
        return rows;
    }
}
