package org.peipao.query.exports;

import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.TrendView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures as tables: the headline figures, companions by kind, projects by domain and by source,
 * landings by district, by domain and by form, verified milestones by type, and the leaderboard; a trend's points.
 * Each table is named as its figures are in the API ({@code landingsByDistrict} is {@code landings.byDistrict}).
 */
public final class DashboardTables {

    /** A figure and its value. */
    public record Figure(String name, String label, Object value) {
    }

    private DashboardTables() {
    }

    /** The names of the tables, in order: what {@code ?table=} takes. */
    public static List<String> names() {
        return all(null).stream().map(Table::name).toList();
    }

    /** Every table of the dashboard (with {@code null}, empty tables: their names only). */
    public static List<Table<?>> all(DashboardView d) {
        return List.of(
                new Table<>("kpis", "关键指标", List.of(Column.of("figure", "指标", Figure::name),
                        Column.of("label", "名称", Figure::label), Column.of("value", "数值", Figure::value)),
                        d == null ? List.of() : figures(d)),
                new Table<>("companionsByKind", "陪跑人（按类型）", List.of(
                        Column.of("kind", "陪跑人类型", (Map.Entry<String, DashboardView.StatusCounts> e) -> e.getKey()),
                        Column.of("registered", "已登记", e -> e.getValue().registered()),
                        Column.of("active", "活跃", e -> e.getValue().active()),
                        Column.of("suspended", "暂停", e -> e.getValue().suspended()),
                        Column.of("retired", "退出", e -> e.getValue().retired())),
                        d == null ? List.of() : d.companions().byKind().entrySet()),
                counts("projectsByDomain", "项目（按领域）", "domain", "领域", "projects", "项目",
                        d == null ? Map.of() : d.projects().byDomain()),
                counts("projectsBySource", "项目（按来源）", "source", "来源", "projects", "项目",
                        d == null ? Map.of() : d.projects().bySource()),
                signed("landingsByDistrict", "落地（按区县）", "district", "区县",
                        d == null ? Map.of() : d.landings().byDistrict()),
                signed("landingsByDomain", "落地（按领域）", "domain", "领域", d == null ? Map.of() : d.landings().byDomain()),
                signed("landingsByForm", "落地（按形式）", "form", "落地形式", d == null ? Map.of() : d.landings().byForm()),
                counts("verifiedMilestonesByType", "已核验里程碑（按类型）", "type", "里程碑类型", "verified", "已核验",
                        d == null ? Map.of() : d.milestones().verifiedByType()),
                new Table<>("leaderboard", "陪跑人排行", List.of(
                        Column.of("rank", "名次", (Ranked r) -> r.rank()),
                        Column.of("companionId", "陪跑人编号", r -> r.leader().companionId()),
                        Column.of("name", "陪跑人", r -> r.leader().name()),
                        Column.of("kind", "陪跑人类型", r -> r.leader().kind()),
                        Column.of("landedProjects", "落地项目", r -> r.leader().landedProjects()),
                        Column.of("problemsSolved", "解决难题", r -> r.leader().problemsSolved()),
                        Column.of("verifiedMilestones", "已核验里程碑", r -> r.leader().verifiedMilestones())),
                        d == null ? List.of() : ranked(d.leaderboard())));
    }

    /** A trend's points: period and value. */
    public static Table<TrendView.Point> trend(TrendView trend) {
        return new Table<>("trend-" + trend.metric(), "趋势", List.of(
                Column.of("period", "期间", TrendView.Point::period),
                Column.of(trend.metric(), "数值", TrendView.Point::value)), trend.points());
    }

    private record Ranked(int rank, DashboardView.Leader leader) {
    }

    private static List<Ranked> ranked(List<DashboardView.Leader> leaders) {
        List<Ranked> ranked = new ArrayList<>(leaders.size());
        for (int i = 0; i < leaders.size(); i++) {
            ranked.add(new Ranked(i + 1, leaders.get(i)));
        }
        return ranked;
    }

    private static Table<Map.Entry<String, Long>> counts(String name, String label, String key, String keyLabel,
                                                         String count, String countLabel, Map<String, Long> values) {
        return new Table<>(name, label, List.of(Column.of(key, keyLabel, Map.Entry::getKey),
                Column.of(count, countLabel, Map.Entry::getValue)), values.entrySet());
    }

    private static Table<Map.Entry<String, DashboardView.Signed>> signed(String name, String label, String key,
                                                                        String keyLabel,
                                                                        Map<String, DashboardView.Signed> values) {
        return new Table<>(name, label, List.of(Column.of(key, keyLabel, Map.Entry::getKey),
                Column.of("count", "落地数", e -> e.getValue().count()),
                Column.of("signedAmountCny", "签约金额（元）", e -> e.getValue().signedAmountCny())), values.entrySet());
    }

    private static List<Figure> figures(DashboardView d) {
        return List.of(
                new Figure("companions.registered", "已登记陪跑人", d.companions().registered()),
                new Figure("companions.active", "活跃陪跑人", d.companions().active()),
                new Figure("companions.suspended", "暂停的陪跑人", d.companions().suspended()),
                new Figure("companions.retired", "退出的陪跑人", d.companions().retired()),
                new Figure("projects.registered", "已登记项目", d.projects().registered()),
                new Figure("projects.incubating", "孵化中项目", d.projects().incubating()),
                new Figure("projects.landed", "已落地项目", d.projects().landed()),
                new Figure("projects.withdrawn", "已退出项目", d.projects().withdrawn()),
                new Figure("landings.count", "落地数", d.landings().count()),
                new Figure("landings.signedAmountCny", "签约金额（元）", d.landings().signedAmountCny()),
                new Figure("challenges.total", "企业难题", d.challenges().total()),
                new Figure("challenges.open", "待对接难题", d.challenges().open()),
                new Figure("challenges.matched", "已对接难题", d.challenges().matched()),
                new Figure("challenges.solved", "解决技术难题", d.challenges().solved()),
                new Figure("challenges.closed", "已关闭难题", d.challenges().closed()),
                new Figure("challenges.enterprisesServed", "服务企业", d.challenges().enterprisesServed()),
                new Figure("milestones.pendingVerification", "待核验里程碑", d.milestones().pendingVerification()),
                new Figure("milestones.rejected", "未通过核验的里程碑", d.milestones().rejected()),
                new Figure("milestones.financingClosedCny", "融资金额（元）", d.milestones().financingClosedCny()),
                new Figure("timeToLanding.landedProjects", "已落地项目（落地用时）", d.timeToLanding().landedProjects()),
                new Figure("timeToLanding.medianDays", "落地用时中位数（天）", d.timeToLanding().medianDays()),
                new Figure("timeToLanding.p90Days", "落地用时第90百分位（天）", d.timeToLanding().p90Days()));
    }
}
