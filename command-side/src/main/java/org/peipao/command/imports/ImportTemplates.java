package org.peipao.command.imports;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.project.AssignmentRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The template of each kind: its header row, in en (the API's field names) or zh (their Chinese labels), and no data
 * rows. The XLSX template has a second sheet that explains each column (which the import does not read: it reads
 * the first sheet only).
 */
final class ImportTemplates {

    private ImportTemplates() {
    }

    static byte[] csv(ImportKind kind, boolean chinese) {
        return SheetFiles.csv(new SheetFiles.Table(kind.path(), header(kind, chinese), List.of()));
    }

    static byte[] xlsx(ImportKind kind, boolean chinese) {
        List<List<Object>> help = new ArrayList<>();
        for (Column column : kind.columns()) {
            help.add(List.of(column.name(), column.label(), column.required() ? "yes 必填" : "no 选填",
                    column.example(), allowed(column.name())));
        }
        return SheetFiles.xlsx(List.of(
                new SheetFiles.Table(kind.path(), header(kind, chinese), List.of()),
                new SheetFiles.Table(chinese ? "说明" : "help",
                        List.of("column", "列名", "required 必填", "example 示例", "values 取值"), help)));
    }

    private static List<String> header(ImportKind kind, boolean chinese) {
        return kind.columns().stream().map(column -> column.header(chinese)).toList();
    }

    private static String allowed(String column) {
        return switch (column) {
            case "kind" -> names(CompanionKind.values());
            case "domain", "domains" -> names(IndustryDomain.values())
                    + ("domains".equals(column) ? "; a list: separated by ; or 、" : "");
            case "companions" -> "companionId:" + names(AssignmentRole.values())
                    + "[:YYYY-MM-DD], separated by ; or 、";
            case "capacity" -> "1 to 50; 8 when empty";
            case "id" -> "1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'";
            default -> "";
        };
    }

    private static String names(Enum<?>[] values) {
        return String.join(" | ", Arrays.stream(values).map(Enum::name).toList());
    }
}
