package org.peipao.query.exports;

import org.peipao.api.challenge.ChallengeView;
import org.peipao.api.companion.CompanionSummary;
import org.peipao.api.project.ProjectSummary;

import java.util.List;

/**
 * The columns of the list exports: the fields of the list's items, headed by their API names (en) or the console's
 * Chinese labels (zh). The columns an import takes have the same headers, so an export's columns read back in.
 */
public final class ListTables {

    private ListTables() {
    }

    /** Companions: a list cell ({@code domains}) separated as the language's imports read it. */
    public static Table<CompanionSummary> companions(Iterable<CompanionSummary> rows, boolean chinese) {
        return new Table<>("companions", "陪跑人", List.of(
                Column.of("id", "编号", CompanionSummary::id),
                Column.of("name", "姓名", CompanionSummary::name),
                Column.of("kind", "陪跑人类型", CompanionSummary::kind),
                Column.of("organisation", "单位", CompanionSummary::organisation),
                Column.of("domains", "擅长领域", c -> list(c.domains(), chinese)),
                Column.of("status", "状态", CompanionSummary::status),
                Column.of("capacity", "陪跑上限", CompanionSummary::capacity),
                Column.of("activeAssignments", "在陪跑项目", CompanionSummary::activeAssignments)), rows);
    }

    /** Projects, with their counts and signed amount (CNY). */
    public static Table<ProjectSummary> projects(Iterable<ProjectSummary> rows) {
        return new Table<>("projects", "项目", List.of(
                Column.of("id", "编号", ProjectSummary::id),
                Column.of("title", "项目名称", ProjectSummary::title),
                Column.of("domain", "领域", ProjectSummary::domain),
                Column.of("source", "来源", ProjectSummary::source),
                Column.of("origin", "来源地", ProjectSummary::origin),
                Column.of("teamLead", "团队负责人", ProjectSummary::teamLead),
                Column.of("stage", "阶段", ProjectSummary::stage),
                Column.of("activeCompanions", "在陪跑人数", ProjectSummary::activeCompanions),
                Column.of("verifiedMilestones", "已核验里程碑", ProjectSummary::verifiedMilestones),
                Column.of("landings", "落地", ProjectSummary::landings),
                Column.of("signedAmountCny", "签约金额（元）", ProjectSummary::signedAmountCny)), rows);
    }

    /** Enterprises' challenges, with the project and companion that took them on. */
    public static Table<ChallengeView> challenges(Iterable<ChallengeView> rows) {
        return new Table<>("challenges", "企业难题", List.of(
                Column.of("id", "编号", ChallengeView::id),
                Column.of("enterprise", "企业", ChallengeView::enterprise),
                Column.of("enterpriseCode", "统一社会信用代码", ChallengeView::enterpriseCode),
                Column.of("domain", "领域", ChallengeView::domain),
                Column.of("title", "难题", ChallengeView::title),
                Column.of("status", "状态", ChallengeView::status),
                Column.of("projectId", "项目编号", ChallengeView::projectId),
                Column.of("companionId", "陪跑人编号", ChallengeView::companionId),
                Column.of("solvedOn", "解决日期", ChallengeView::solvedOn),
                Column.of("description", "说明", ChallengeView::description)), rows);
    }

    /** A list cell: items separated by {@code ;} (en) or {@code 、} (zh), as an import reads them. */
    static String list(List<?> items, boolean chinese) {
        return String.join(chinese ? "、" : ";", items.stream().map(Object::toString).toList());
    }
}
