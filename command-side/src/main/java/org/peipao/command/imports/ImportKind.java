package org.peipao.command.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What can be imported, each with its columns (the fields of the command a row becomes), keyed by {@code id}. */
enum ImportKind {

    COMPANIONS("companions", List.of(
            Column.required("id", "编号", "li-wei"),
            Column.required("name", "姓名", "李伟"),
            Column.required("kind", "陪跑人类型", "TECH_BROKER"),
            Column.required("organisation", "单位", "重庆技术转移中心"),
            Column.optional("domains", "擅长领域", "AI;LIFE_SCIENCES"),
            Column.optional("email", "电子邮件", "li.wei@example.org"),
            Column.optional("capacity", "陪跑上限", "8"))),
    PROJECTS("projects", List.of(
            Column.required("id", "编号", "bone"),
            Column.required("title", "项目名称", "注射型高活性人工骨"),
            Column.required("domain", "领域", "LIFE_SCIENCES"),
            Column.required("source", "来源", "XINGYU-CUP-2025"),
            Column.required("origin", "来源地", "Germany"),
            Column.required("teamLead", "团队负责人", "Dr. Anna Weber"),
            Column.optional("summary", "简介", ""),
            Column.optional("companions", "陪跑人", "li-wei:LEAD;wang-fang:SUPPORTING"))),
    CHALLENGES("challenges", List.of(
            Column.required("id", "编号", "steel-cracks"),
            Column.required("enterprise", "企业", "重庆特殊钢有限公司"),
            Column.optional("enterpriseCode", "统一社会信用代码", ""),
            Column.required("domain", "领域", "NEW_MATERIALS"),
            Column.required("title", "难题", "植入合金的疲劳裂纹"),
            Column.optional("description", "说明", "")));

    private final String path;
    private final List<Column> columns;

    ImportKind(String path, List<Column> columns) {
        this.path = path;
        this.columns = columns;
    }

    /** The kind's name in paths: {@code companions}, {@code projects}, {@code challenges}. */
    String path() {
        return path;
    }

    List<Column> columns() {
        return columns;
    }

    static Optional<ImportKind> byPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }

    static List<String> paths() {
        return Arrays.stream(values()).map(ImportKind::path).toList();
    }
}
